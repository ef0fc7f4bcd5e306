CREATE TABLE "field_issue_contributions" (
	"prefecture_code" text NOT NULL,
	"field" text NOT NULL,
	"category" text NOT NULL,
	"month" text NOT NULL,
	"contributor_id" text NOT NULL,
	"reports" integer NOT NULL,
	CONSTRAINT "field_issue_contributions_pk" PRIMARY KEY("prefecture_code","field","category","month","contributor_id")
);
--> statement-breakpoint
DROP TABLE "field_issue_counts" CASCADE;--> statement-breakpoint
ALTER TABLE "survey_definitions" ADD COLUMN "closes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_definitions" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_definitions" ADD COLUMN "final_responses" integer;--> statement-breakpoint
CREATE INDEX "field_issue_contributions_month_idx" ON "field_issue_contributions" USING btree ("month");