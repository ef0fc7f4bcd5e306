ALTER TABLE "field_issues" ALTER COLUMN "account_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_responses" ALTER COLUMN "account_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ALTER COLUMN "created_by" DROP NOT NULL;