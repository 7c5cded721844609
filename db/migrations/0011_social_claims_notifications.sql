CREATE TYPE "public"."follower_claim_state" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."social_platform" AS ENUM('tiktok', 'instagram', 'youtube', 'facebook', 'threads', 'x', 'blog');--> statement-breakpoint
CREATE TYPE "public"."notification_email_state" AS ENUM('pending', 'sent', 'skipped', 'failed');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('claim_approved', 'claim_rejected', 'tier_reached', 'invitation_received', 'commission_available', 'withdrawal_paid', 'withdrawal_rejected');--> statement-breakpoint
CREATE TABLE "follower_claims" (
	"id" text PRIMARY KEY NOT NULL,
	"creator_id" text NOT NULL,
	"platform" "social_platform" NOT NULL,
	"profile_url" text NOT NULL,
	"claimed_count" integer NOT NULL,
	"proof_media_id" text NOT NULL,
	"state" "follower_claim_state" DEFAULT 'pending' NOT NULL,
	"decided_count" integer,
	"reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "follower_claims_counts_chk" CHECK ("follower_claims"."claimed_count" >= 0 and ("follower_claims"."decided_count" is null or "follower_claims"."decided_count" >= 0)),
	CONSTRAINT "follower_claims_url_chk" CHECK ("follower_claims"."profile_url" like 'https://%' and char_length("follower_claims"."profile_url") <= 500),
	CONSTRAINT "follower_claims_decision_chk" CHECK (("follower_claims"."state" = 'pending' and "follower_claims"."decided_at" is null and "follower_claims"."decided_by" is null and "follower_claims"."decided_count" is null and "follower_claims"."reason" is null)
       or ("follower_claims"."state" = 'approved' and "follower_claims"."decided_at" is not null and "follower_claims"."decided_by" is not null and "follower_claims"."decided_count" is not null and "follower_claims"."reason" is null)
       or ("follower_claims"."state" = 'rejected' and "follower_claims"."decided_at" is not null and "follower_claims"."decided_by" is not null and "follower_claims"."decided_count" is null and char_length("follower_claims"."reason") between 3 and 500))
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" text NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"email" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"recipient_id" text NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"params" jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"email_state" "notification_email_state" DEFAULT 'pending' NOT NULL,
	"email_attempts" integer DEFAULT 0 NOT NULL,
	"email_leased_until" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	CONSTRAINT "notifications_attempts_chk" CHECK ("notifications"."email_attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "follower_claims" ADD CONSTRAINT "follower_claims_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follower_claims" ADD CONSTRAINT "follower_claims_proof_media_id_media_id_fk" FOREIGN KEY ("proof_media_id") REFERENCES "public"."media"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follower_claims" ADD CONSTRAINT "follower_claims_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follower_claims_creator_idx" ON "follower_claims" USING btree ("creator_id","platform","created_at");--> statement-breakpoint
CREATE INDEX "follower_claims_pending_idx" ON "follower_claims" USING btree ("created_at") WHERE "follower_claims"."state" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "follower_claims_one_pending_key" ON "follower_claims" USING btree ("creator_id","platform") WHERE "follower_claims"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("recipient_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_email_pending_idx" ON "notifications" USING btree ("created_at") WHERE "notifications"."email_state" = 'pending';