CREATE TABLE "certification_renewals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"previous_valid_until" date NOT NULL,
	"valid_until" date NOT NULL,
	"renewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"session_id" uuid NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"completed" boolean NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_session_id_coordinator_id_pk" PRIMARY KEY("session_id","coordinator_id")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"format" text NOT NULL,
	"prefecture_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coordinators" ADD COLUMN "expiry_announced_for" date;--> statement-breakpoint
ALTER TABLE "certification_renewals" ADD CONSTRAINT "certification_renewals_coordinator_id_coordinators_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_coordinator_id_coordinators_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certification_renewals_coordinator_idx" ON "certification_renewals" USING btree ("coordinator_id","renewed_at");--> statement-breakpoint
CREATE INDEX "training_attendance_coordinator_idx" ON "training_attendance" USING btree ("coordinator_id");--> statement-breakpoint
CREATE INDEX "training_sessions_held_on_idx" ON "training_sessions" USING btree ("held_on","id");