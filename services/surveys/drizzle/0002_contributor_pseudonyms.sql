CREATE TABLE "contributor_pseudonyms" (
	"account_id" text PRIMARY KEY NOT NULL,
	"contributor_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	CONSTRAINT "contributor_pseudonyms_contributor_id_unique" UNIQUE("contributor_id")
);
