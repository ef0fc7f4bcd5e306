CREATE TABLE "case_studies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"author_account_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"fields" text[] NOT NULL,
	"prefecture_code" text NOT NULL,
	"status" text NOT NULL,
	"reviewer_note" text,
	"pii_findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"published_at" timestamp (3) with time zone,
	"sort_at" timestamp (3) with time zone NOT NULL,
	"search_text" text NOT NULL,
	"search_grams" text[] NOT NULL,
	CONSTRAINT "case_studies_status_check" CHECK ("case_studies"."status" in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED'))
);
--> statement-breakpoint
CREATE TABLE "study_meeting_case_studies" (
	"meeting_id" uuid NOT NULL,
	"case_study_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "study_meeting_case_studies_meeting_id_case_study_id_pk" PRIMARY KEY("meeting_id","case_study_id")
);
--> statement-breakpoint
CREATE TABLE "study_meeting_registrations" (
	"meeting_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	"registered_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "study_meeting_registrations_meeting_id_account_id_pk" PRIMARY KEY("meeting_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "study_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"format" text NOT NULL,
	"location" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"organizer_account_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "study_meetings_capacity_check" CHECK ("study_meetings"."capacity" >= 1),
	CONSTRAINT "study_meetings_times_check" CHECK ("study_meetings"."ends_at" > "study_meetings"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "study_meeting_case_studies" ADD CONSTRAINT "study_meeting_case_studies_meeting_id_study_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."study_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_meeting_case_studies" ADD CONSTRAINT "study_meeting_case_studies_case_study_id_case_studies_id_fk" FOREIGN KEY ("case_study_id") REFERENCES "public"."case_studies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_meeting_registrations" ADD CONSTRAINT "study_meeting_registrations_meeting_id_study_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."study_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_studies_fields_idx" ON "case_studies" USING gin ("fields");--> statement-breakpoint
CREATE INDEX "case_studies_search_grams_idx" ON "case_studies" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "case_studies_prefecture_idx" ON "case_studies" USING btree ("prefecture_code");--> statement-breakpoint
CREATE INDEX "case_studies_author_idx" ON "case_studies" USING btree ("author_account_id","sort_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_studies_sort_idx" ON "case_studies" USING btree ("sort_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_studies_published_sort_idx" ON "case_studies" USING btree ("sort_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE status = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "study_meetings_starts_at_idx" ON "study_meetings" USING btree ("starts_at","id");