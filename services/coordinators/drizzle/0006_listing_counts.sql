CREATE TABLE "coordinator_listing_counts" (
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"certification_status" text NOT NULL,
	"valid_until" date NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "coordinator_listing_counts_pk" PRIMARY KEY("facet","value","certification_status","valid_until")
);
--> statement-breakpoint
-- Written by hand: the filter values a listing row is counted under, each once.
CREATE FUNCTION "coordinator_listing_facets"(prefecture_codes text[], expertise_fields text[], language_codes text[])
RETURNS TABLE ("facet" text, "value" text) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'all', ''
  UNION SELECT 'prefecture', unnest(prefecture_codes)
  UNION SELECT 'field', unnest(expertise_fields)
  UNION SELECT 'language', unnest(language_codes)
$$;--> statement-breakpoint
-- Written by hand: applies a statement's listing changes to the counts, once per statement
-- (transition tables), as the net change per count row. Rows are upserted in key order, so
-- two writers lock the count rows they share in the same order and never deadlock; a
-- profile edit that changes no filter value nets to nothing and locks nothing. Run inside
-- the writing statement, the counts commit or roll back with it.
CREATE FUNCTION "coordinator_listing_counts_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT *, 1 AS sign FROM new_rows'
    WHEN 'UPDATE' THEN 'SELECT *, -1 AS sign FROM old_rows UNION ALL SELECT *, 1 FROM new_rows'
    ELSE 'SELECT *, -1 AS sign FROM old_rows'
  END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO coordinator_listing_counts AS counts (facet, value, certification_status, valid_until, n)
    SELECT f.facet, f.value, d.certification_status, d.valid_until, sum(d.sign)
    FROM (%s) d CROSS JOIN LATERAL coordinator_listing_facets(d.prefecture_codes, d.expertise_fields, d.language_codes) f
    GROUP BY 1, 2, 3, 4
    HAVING sum(d.sign) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (facet, value, certification_status, valid_until) DO UPDATE SET n = counts.n + excluded.n
  $sql$, changed);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "coordinator_listing_counts_insert" AFTER INSERT ON "coordinator_listing"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "coordinator_listing_counts_follow"();--> statement-breakpoint
CREATE TRIGGER "coordinator_listing_counts_update" AFTER UPDATE ON "coordinator_listing"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "coordinator_listing_counts_follow"();--> statement-breakpoint
CREATE TRIGGER "coordinator_listing_counts_delete" AFTER DELETE ON "coordinator_listing"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "coordinator_listing_counts_follow"();--> statement-breakpoint
-- Written by hand: the counts of the coordinators already registered.
INSERT INTO "coordinator_listing_counts" ("facet", "value", "certification_status", "valid_until", "n")
SELECT f."facet", f."value", l."certification_status", l."valid_until", count(*)
FROM "coordinator_listing" l CROSS JOIN LATERAL "coordinator_listing_facets"(l."prefecture_codes", l."expertise_fields", l."language_codes") f
GROUP BY 1, 2, 3, 4;--> statement-breakpoint
ANALYZE "coordinator_listing_counts";
