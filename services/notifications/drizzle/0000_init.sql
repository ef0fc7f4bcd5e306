CREATE TABLE "addresses" (
	"account_id" text PRIMARY KEY NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"email" text,
	"as_of" timestamp with time zone NOT NULL
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
CREATE TABLE "digest_hours" (
	"account_id" text PRIMARY KEY NOT NULL,
	"hour" smallint NOT NULL,
	CONSTRAINT "digest_hours_hour_check" CHECK ("digest_hours"."hour" between 0 and 23)
);
--> statement-breakpoint
CREATE TABLE "mails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" text NOT NULL,
	"digest" boolean NOT NULL,
	"state" text DEFAULT 'PENDING' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"account_id" text NOT NULL,
	"kind" text NOT NULL,
	"source_key" text NOT NULL,
	"facts" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"mail_id" uuid,
	CONSTRAINT "notifications_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
CREATE TABLE "preferences" (
	"account_id" text NOT NULL,
	"kind" text NOT NULL,
	"email" boolean NOT NULL,
	CONSTRAINT "preferences_account_id_kind_pk" PRIMARY KEY("account_id","kind")
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"consumer" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduled" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"account_id" text,
	"due_at" timestamp with time zone NOT NULL,
	"facts" jsonb NOT NULL,
	"prefecture_codes" text[] DEFAULT '{}' NOT NULL,
	"fired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"survey_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	CONSTRAINT "survey_answers_survey_id_account_id_pk" PRIMARY KEY("survey_id","account_id")
);
--> statement-breakpoint
CREATE INDEX "mails_due_idx" ON "mails" USING btree ("due_at") WHERE state in ('PENDING', 'SENDING');--> statement-breakpoint
CREATE UNIQUE INDEX "mails_one_pending_digest_idx" ON "mails" USING btree ("account_id") WHERE digest and state = 'PENDING';--> statement-breakpoint
CREATE INDEX "mails_account_idx" ON "mails" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_source_recipient_idx" ON "notifications" USING btree ("source_key","account_id");--> statement-breakpoint
CREATE INDEX "notifications_account_seq_idx" ON "notifications" USING btree ("account_id","seq");--> statement-breakpoint
CREATE INDEX "notifications_mail_idx" ON "notifications" USING btree ("mail_id");--> statement-breakpoint
CREATE INDEX "scheduled_due_idx" ON "scheduled" USING btree ("due_at") WHERE fired_at is null;--> statement-breakpoint
CREATE INDEX "scheduled_account_idx" ON "scheduled" USING btree ("account_id");