CREATE TABLE "coordinator_listing" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sort_key" text NOT NULL,
	"certification_status" text NOT NULL,
	"valid_until" date NOT NULL,
	"prefecture_codes" text[] NOT NULL,
	"expertise_fields" text[] NOT NULL,
	"language_codes" text[] NOT NULL
);
--> statement-breakpoint
-- Written by hand: the listing rows of the coordinators already registered.
INSERT INTO "coordinator_listing" ("id", "sort_key", "certification_status", "valid_until", "prefecture_codes", "expertise_fields", "language_codes")
SELECT "id", "sort_key", "certification_status", "valid_until", "prefecture_codes", "expertise_fields", "language_codes" FROM "coordinators";--> statement-breakpoint
DROP INDEX "coordinators_sort_idx";--> statement-breakpoint
DROP INDEX "coordinators_listed_sort_idx";--> statement-breakpoint
DROP INDEX "coordinators_listed_valid_until_idx";--> statement-breakpoint
ALTER TABLE "coordinator_listing" ADD CONSTRAINT "coordinator_listing_id_coordinators_id_fk" FOREIGN KEY ("id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coordinator_listing_prefecture_codes_idx" ON "coordinator_listing" USING gin ("prefecture_codes");--> statement-breakpoint
CREATE INDEX "coordinator_listing_expertise_fields_idx" ON "coordinator_listing" USING gin ("expertise_fields");--> statement-breakpoint
CREATE INDEX "coordinator_listing_language_codes_idx" ON "coordinator_listing" USING gin ("language_codes");--> statement-breakpoint
CREATE INDEX "coordinator_listing_sort_idx" ON "coordinator_listing" USING btree ("sort_key" collate "C","id");--> statement-breakpoint
CREATE INDEX "coordinator_listing_listed_sort_idx" ON "coordinator_listing" USING btree ("sort_key" collate "C","id") WHERE certification_status = 'ACTIVE';--> statement-breakpoint
CREATE INDEX "coordinator_listing_listed_valid_until_idx" ON "coordinator_listing" USING btree ("valid_until") WHERE certification_status = 'ACTIVE';--> statement-breakpoint
-- Written by hand: statistics for the planner right away rather than at the next autoanalyze.
ANALYZE "coordinator_listing";