CREATE TABLE "activity_reports" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"contributor_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"prefecture_codes" text[] NOT NULL,
	"consultations" jsonb NOT NULL,
	"languages" jsonb NOT NULL,
	"referrals_to_partners" integer NOT NULL,
	"referrals_to_coordinators" integer NOT NULL,
	"filed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "activity_reports_quarter_idx" ON "activity_reports" USING btree ("quarter");