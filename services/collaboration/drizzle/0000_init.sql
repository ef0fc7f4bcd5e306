CREATE TABLE "consultation_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_account_id" text,
	"body" text NOT NULL,
	"pii_findings" jsonb NOT NULL,
	"hidden_at" timestamp (3) with time zone,
	"hidden_reason" text,
	"hidden_by" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asker_account_id" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"fields" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"prefecture_code" text NOT NULL,
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	"pii_findings" jsonb NOT NULL,
	"solving_answer_id" uuid,
	"hidden_at" timestamp (3) with time zone,
	"hidden_reason" text,
	"hidden_by" text,
	"posted_at" timestamp (3) with time zone,
	"answered_at" timestamp (3) with time zone,
	"case_study_requested_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "consultation_threads_status_check" CHECK ("consultation_threads"."status" in ('OPEN', 'SOLVED'))
);
--> statement-breakpoint
CREATE TABLE "contributor_pseudonyms" (
	"account_id" text PRIMARY KEY NOT NULL,
	"contributor_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	CONSTRAINT "contributor_pseudonyms_contributor_id_unique" UNIQUE("contributor_id")
);
--> statement-breakpoint
CREATE TABLE "coordinator_projection" (
	"account_id" text PRIMARY KEY NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"prefecture_codes" text[] NOT NULL,
	"primary_prefecture_code" text,
	"fields" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"certification_status" text NOT NULL,
	"valid_until" date NOT NULL,
	"as_of" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dead_letters" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"consumer" text NOT NULL,
	"subject" text NOT NULL,
	"event_id" text,
	"payload" text NOT NULL,
	"reason" text NOT NULL,
	"deliveries" integer NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"aggregate_id" text NOT NULL,
	"type" text NOT NULL,
	"version" integer NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"data" jsonb NOT NULL,
	"traceparent" text,
	"published_at" timestamp with time zone,
	CONSTRAINT "outbox_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
CREATE TABLE "partner_projection" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"fields" text[] NOT NULL,
	"prefecture_codes" text[] NOT NULL,
	"nationwide" boolean NOT NULL,
	"languages" text[] NOT NULL,
	"approved" boolean NOT NULL,
	"as_of" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"consumer" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_history" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"action" text NOT NULL,
	"by" text NOT NULL,
	"receiver_id" uuid,
	"decline_reason" text,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_receivers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"coordinator_id" uuid,
	"account_id" text,
	"partner_id" uuid,
	"answer" text NOT NULL,
	"decline_reason" text,
	"answered_at" timestamp (3) with time zone,
	CONSTRAINT "referral_receivers_coordinator_unique" UNIQUE("referral_id","coordinator_id"),
	CONSTRAINT "referral_receivers_partner_unique" UNIQUE("referral_id","partner_id"),
	CONSTRAINT "referral_receivers_kind_check" CHECK (("referral_receivers"."kind" = 'COORDINATOR' and "referral_receivers"."partner_id" is null) or ("referral_receivers"."kind" = 'PARTNER' and "referral_receivers"."partner_id" is not null and "referral_receivers"."coordinator_id" is null))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sender_account_id" text,
	"fields" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"urgency" text NOT NULL,
	"origin_prefecture_code" text NOT NULL,
	"destination_prefecture_code" text NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"accepted_receiver_id" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('OPEN', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN')),
	CONSTRAINT "referrals_accepted_check" CHECK (("referrals"."status" in ('ACCEPTED', 'COMPLETED')) = ("referrals"."accepted_receiver_id" is not null) or "referrals"."status" = 'WITHDRAWN')
);
--> statement-breakpoint
CREATE TABLE "thread_invitations" (
	"thread_id" uuid NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"account_id" text,
	"invited_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "thread_invitations_thread_id_coordinator_id_pk" PRIMARY KEY("thread_id","coordinator_id")
);
--> statement-breakpoint
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_thread_id_consultation_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."consultation_threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_history" ADD CONSTRAINT "referral_history_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_receivers" ADD CONSTRAINT "referral_receivers_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_invitations" ADD CONSTRAINT "thread_invitations_thread_id_consultation_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."consultation_threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_answers_thread_idx" ON "consultation_answers" USING btree ("thread_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_threads_board_idx" ON "consultation_threads" USING btree ("created_at","id") WHERE pii_findings = '[]'::jsonb and hidden_at is null;--> statement-breakpoint
CREATE INDEX "consultation_threads_asker_idx" ON "consultation_threads" USING btree ("asker_account_id");--> statement-breakpoint
CREATE INDEX "consultation_threads_fields_idx" ON "consultation_threads" USING gin ("fields");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("seq") WHERE published_at is null;--> statement-breakpoint
CREATE INDEX "outbox_pending_aggregate_idx" ON "outbox" USING btree ("aggregate_id","seq") WHERE published_at is null;--> statement-breakpoint
CREATE INDEX "partner_projection_fields_idx" ON "partner_projection" USING gin ("fields") WHERE approved;--> statement-breakpoint
CREATE INDEX "referral_history_referral_idx" ON "referral_history" USING btree ("referral_id","seq");--> statement-breakpoint
CREATE INDEX "referral_receivers_account_idx" ON "referral_receivers" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "referrals_sender_idx" ON "referrals" USING btree ("sender_account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "referrals_newest_idx" ON "referrals" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "thread_invitations_account_idx" ON "thread_invitations" USING btree ("account_id");