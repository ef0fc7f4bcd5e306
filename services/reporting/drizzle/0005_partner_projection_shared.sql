-- The platform's partner projection (its languages and index on fields) in place of reporting's own: the rows stay; the languages of partners approved before are unknown ('{}') until a rebuild replays their events.
ALTER TABLE "partner_projection" ADD COLUMN "languages" text[] NOT NULL DEFAULT '{}';--> statement-breakpoint
ALTER TABLE "partner_projection" ALTER COLUMN "languages" DROP DEFAULT;--> statement-breakpoint
CREATE INDEX "partner_projection_fields_idx" ON "partner_projection" USING gin ("fields") WHERE approved;
