CREATE TABLE "activity_report_filings" (
	"quarter" text NOT NULL,
	"account_id" text NOT NULL,
	CONSTRAINT "activity_report_filings_quarter_account_id_pk" PRIMARY KEY("quarter","account_id")
);
--> statement-breakpoint
CREATE INDEX "activity_report_filings_account_idx" ON "activity_report_filings" USING btree ("account_id");