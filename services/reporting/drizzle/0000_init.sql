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
CREATE TABLE "field_issue_counts" (
	"prefecture_code" text NOT NULL,
	"field" text NOT NULL,
	"category" text NOT NULL,
	"day" date NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "field_issue_counts_pk" PRIMARY KEY("prefecture_code","field","category","day")
);
--> statement-breakpoint
CREATE TABLE "partner_projection" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"fields" text[] NOT NULL,
	"prefecture_codes" text[] NOT NULL,
	"nationwide" boolean NOT NULL,
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
CREATE TABLE "reporting_freshness" (
	"id" integer PRIMARY KEY NOT NULL,
	"last_event_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_definitions" (
	"survey_id" uuid PRIMARY KEY NOT NULL,
	"questions" jsonb NOT NULL,
	"as_of" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_option_counts" (
	"survey_id" uuid NOT NULL,
	"prefecture_code" text NOT NULL,
	"question_id" text NOT NULL,
	"option_id" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "survey_option_counts_pk" PRIMARY KEY("survey_id","prefecture_code","question_id","option_id")
);
--> statement-breakpoint
CREATE TABLE "survey_question_counts" (
	"survey_id" uuid NOT NULL,
	"prefecture_code" text NOT NULL,
	"question_id" text NOT NULL,
	"answered" integer NOT NULL,
	"scale_count" integer NOT NULL,
	"scale_sum" bigint NOT NULL,
	CONSTRAINT "survey_question_counts_pk" PRIMARY KEY("survey_id","prefecture_code","question_id")
);
--> statement-breakpoint
CREATE TABLE "survey_respondents" (
	"survey_id" uuid NOT NULL,
	"prefecture_code" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "survey_respondents_pk" PRIMARY KEY("survey_id","prefecture_code")
);
--> statement-breakpoint
CREATE INDEX "field_issue_counts_day_idx" ON "field_issue_counts" USING btree ("day");--> statement-breakpoint
CREATE INDEX "partner_projection_prefectures_idx" ON "partner_projection" USING gin ("prefecture_codes") WHERE approved;--> statement-breakpoint
CREATE INDEX "partner_projection_nationwide_idx" ON "partner_projection" USING btree ("partner_id") WHERE approved and nationwide;