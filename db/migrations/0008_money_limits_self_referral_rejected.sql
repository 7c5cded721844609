-- Hand-written in place of `ALTER TYPE ... ADD VALUE 'rejected'`: the migrator applies every pending
-- migration in one transaction, and PostgreSQL refuses a value added there until it commits, so the
-- backfill below could not use it. A new type can be used at once. Backfill: a withdrawal failed
-- while still requested (never approved, so no processed_at) was a rejection.
ALTER TYPE "public"."withdrawal_state" RENAME TO "withdrawal_state_old";--> statement-breakpoint
CREATE TYPE "public"."withdrawal_state" AS ENUM('requested', 'processing', 'paid', 'failed', 'rejected');--> statement-breakpoint
ALTER TABLE "withdrawals" ALTER COLUMN "state" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "withdrawals" ALTER COLUMN "state" SET DATA TYPE "public"."withdrawal_state" USING (CASE WHEN "state"::text = 'failed' AND "processed_at" IS NULL THEN 'rejected' ELSE "state"::text END)::"public"."withdrawal_state";--> statement-breakpoint
ALTER TABLE "withdrawals" ALTER COLUMN "state" SET DEFAULT 'requested';--> statement-breakpoint
DROP TYPE "public"."withdrawal_state_old";--> statement-breakpoint
CREATE TABLE "user_visitors" (
	"user_id" text NOT NULL,
	"visitor_id" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "user_visitors_visitor_id_user_id_pk" PRIMARY KEY("visitor_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "shops" DROP CONSTRAINT "shops_return_window_chk";--> statement-breakpoint
ALTER TABLE "shops" DROP CONSTRAINT "shops_holding_days_chk";--> statement-breakpoint
-- Hand-written backfill: shops saved with the old 0–365 bounds move into the new ones.
UPDATE "shops" SET "return_window_days" = LEAST(GREATEST("return_window_days", 1), 90), "holding_days" = LEAST(GREATEST("holding_days", 1), 180);--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "buyer_user_id" text;--> statement-breakpoint
ALTER TABLE "user_visitors" ADD CONSTRAINT "user_visitors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_buyer_user_id_users_id_fk" FOREIGN KEY ("buyer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shops" ADD CONSTRAINT "shops_return_window_chk" CHECK ("shops"."return_window_days" between 1 and 90);--> statement-breakpoint
ALTER TABLE "shops" ADD CONSTRAINT "shops_holding_days_chk" CHECK ("shops"."holding_days" between 1 and 180);--> statement-breakpoint
-- Hand-written NOT VALID: every new or changed commission is held to the cap, while a commission
-- earned before the cap existed keeps the amount it was earned at (money already owed is not rewritten).
ALTER TABLE "commissions" ADD CONSTRAINT "commissions_amount_within_base_chk" CHECK ("commissions"."amount_minor" <= "commissions"."base_minor") NOT VALID;--> statement-breakpoint
ALTER TABLE "commissions" ADD CONSTRAINT "commissions_flat_fee_chk" CHECK ("commissions"."flat_fee_minor" >= 0) NOT VALID;
