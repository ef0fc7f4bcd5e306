CREATE TABLE "activity_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"prefecture_codes" text[] NOT NULL,
	"consultations" jsonb NOT NULL,
	"languages" jsonb NOT NULL,
	"referrals_to_partners" integer NOT NULL,
	"referrals_to_coordinators" integer NOT NULL,
	"note" text,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contributor_pseudonyms" (
	"account_id" text PRIMARY KEY NOT NULL,
	"contributor_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	CONSTRAINT "contributor_pseudonyms_contributor_id_unique" UNIQUE("contributor_id")
);
--> statement-breakpoint
ALTER TABLE "activity_reports" ADD CONSTRAINT "activity_reports_coordinator_id_coordinators_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_reports_coordinator_quarter_idx" ON "activity_reports" USING btree ("coordinator_id","quarter");