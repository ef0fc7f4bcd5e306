CREATE TABLE "partner_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" text NOT NULL,
	"action" text NOT NULL,
	"field" text NOT NULL,
	"previous_value" text,
	"replacement_value" text
);
--> statement-breakpoint
CREATE TABLE "partner_endorsements" (
	"partner_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_endorsements_partner_id_account_id_pk" PRIMARY KEY("partner_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"legal_status" text,
	"email" text,
	"website" text,
	"phone" text,
	"services" jsonb NOT NULL,
	"status" text NOT NULL,
	"proposed_by" text NOT NULL,
	"review_note" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"assured_date" date,
	"last_modified" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fields" text[] NOT NULL,
	"prefecture_codes" text[] NOT NULL,
	"language_codes" text[] NOT NULL,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"search_grams" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partner_changes" ADD CONSTRAINT "partner_changes_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_endorsements" ADD CONSTRAINT "partner_endorsements_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_changes_partner_idx" ON "partner_changes" USING btree ("partner_id","id");--> statement-breakpoint
CREATE INDEX "partner_endorsements_account_idx" ON "partner_endorsements" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "partners_fields_idx" ON "partners" USING gin ("fields");--> statement-breakpoint
CREATE INDEX "partners_prefecture_codes_idx" ON "partners" USING gin ("prefecture_codes");--> statement-breakpoint
CREATE INDEX "partners_language_codes_idx" ON "partners" USING gin ("language_codes");--> statement-breakpoint
CREATE INDEX "partners_search_grams_idx" ON "partners" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "partners_sort_idx" ON "partners" USING btree ("sort_key" collate "C","id");--> statement-breakpoint
CREATE INDEX "partners_approved_sort_idx" ON "partners" USING btree ("sort_key" collate "C","id") WHERE status = 'APPROVED';--> statement-breakpoint
CREATE INDEX "partners_proposed_by_idx" ON "partners" USING btree ("proposed_by");