CREATE SEQUENCE "public"."certificate_serial" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "coordinators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"name_kana" text,
	"bio" text,
	"activity_regions" jsonb NOT NULL,
	"expertise_fields" text[] NOT NULL,
	"languages" jsonb NOT NULL,
	"qualifications" text[] NOT NULL,
	"workplace_name" text,
	"workplace_prefecture_code" text,
	"email" text,
	"phone" text,
	"contact_visibility" text DEFAULT 'MEMBERS' NOT NULL,
	"certificate_number" text NOT NULL,
	"cohort_year" integer NOT NULL,
	"certification_status" text DEFAULT 'ACTIVE' NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"valid_until" date NOT NULL,
	"prefecture_codes" text[] NOT NULL,
	"language_codes" text[] NOT NULL,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"search_grams" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coordinators_account_id_unique" UNIQUE("account_id"),
	CONSTRAINT "coordinators_certificate_number_unique" UNIQUE("certificate_number")
);
--> statement-breakpoint
CREATE INDEX "coordinators_prefecture_codes_idx" ON "coordinators" USING gin ("prefecture_codes");--> statement-breakpoint
CREATE INDEX "coordinators_expertise_fields_idx" ON "coordinators" USING gin ("expertise_fields");--> statement-breakpoint
CREATE INDEX "coordinators_language_codes_idx" ON "coordinators" USING gin ("language_codes");--> statement-breakpoint
CREATE INDEX "coordinators_search_grams_idx" ON "coordinators" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "coordinators_sort_idx" ON "coordinators" USING btree ("sort_key" collate "C","id");--> statement-breakpoint
CREATE INDEX "coordinators_listed_sort_idx" ON "coordinators" USING btree ("sort_key" collate "C","id") WHERE certification_status = 'ACTIVE';--> statement-breakpoint
CREATE INDEX "coordinators_listed_valid_until_idx" ON "coordinators" USING btree ("valid_until") WHERE certification_status = 'ACTIVE';