CREATE TABLE "board_questions" (
	"thread_id" uuid PRIMARY KEY NOT NULL,
	"contributor_id" text,
	"prefecture_code" text,
	"fields" text[],
	"posted_month" text,
	"answered_month" text
);
--> statement-breakpoint
CREATE TABLE "referral_decline_contributions" (
	"prefecture_code" text NOT NULL,
	"field" text NOT NULL,
	"reason" text NOT NULL,
	"month" text NOT NULL,
	"contributor_id" text NOT NULL,
	"declines" integer NOT NULL,
	CONSTRAINT "referral_decline_contributions_pk" PRIMARY KEY("prefecture_code","field","reason","month","contributor_id")
);
--> statement-breakpoint
CREATE TABLE "referral_flow_contributions" (
	"origin_prefecture_code" text NOT NULL,
	"destination_prefecture_code" text NOT NULL,
	"field" text NOT NULL,
	"outcome" text NOT NULL,
	"month" text NOT NULL,
	"contributor_id" text NOT NULL,
	"referrals" integer NOT NULL,
	CONSTRAINT "referral_flow_contributions_pk" PRIMARY KEY("origin_prefecture_code","destination_prefecture_code","field","outcome","month","contributor_id")
);
--> statement-breakpoint
CREATE INDEX "board_questions_posted_month_idx" ON "board_questions" USING btree ("posted_month");--> statement-breakpoint
CREATE INDEX "referral_flow_contributions_month_idx" ON "referral_flow_contributions" USING btree ("month");