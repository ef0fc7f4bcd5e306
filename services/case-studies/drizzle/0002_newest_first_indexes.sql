DROP INDEX "case_studies_author_idx";--> statement-breakpoint
DROP INDEX "case_studies_sort_idx";--> statement-breakpoint
DROP INDEX "case_studies_published_sort_idx";--> statement-breakpoint
CREATE INDEX "case_studies_author_idx" ON "case_studies" USING btree ("author_account_id","sort_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "case_studies_sort_idx" ON "case_studies" USING btree ("sort_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "case_studies_published_sort_idx" ON "case_studies" USING btree ("sort_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status = 'PUBLISHED';