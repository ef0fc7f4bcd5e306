CREATE TABLE "announcement_reads" (
	"account_id" text NOT NULL,
	"announcement_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "announcement_reads_account_id_announcement_id_pk" PRIMARY KEY("account_id","announcement_id")
);
--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"category" text NOT NULL,
	"importance" text NOT NULL,
	"related_fields" text[] NOT NULL,
	"effective_date" date,
	"target_prefecture_codes" text[] NOT NULL,
	"publisher_account_id" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" text,
	"search_text" text NOT NULL,
	"search_grams" text[] NOT NULL,
	CONSTRAINT "announcements_law_change_effective_date" CHECK ("announcements"."category" <> 'LAW_CHANGE' or "announcements"."effective_date" is not null)
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
CREATE TABLE "processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"consumer" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "announcement_reads" ADD CONSTRAINT "announcement_reads_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announcements_newest_idx" ON "announcements" USING btree ("published_at","id");--> statement-breakpoint
CREATE INDEX "announcements_target_idx" ON "announcements" USING gin ("target_prefecture_codes");--> statement-breakpoint
CREATE INDEX "announcements_related_fields_idx" ON "announcements" USING gin ("related_fields");--> statement-breakpoint
CREATE INDEX "announcements_search_grams_idx" ON "announcements" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("seq") WHERE published_at is null;--> statement-breakpoint
CREATE INDEX "outbox_pending_aggregate_idx" ON "outbox" USING btree ("aggregate_id","seq") WHERE published_at is null;