ALTER TYPE "public"."invitation_status" ADD VALUE 'withdrawn';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'message_received';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'rate_cut';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'invitation_reminder';--> statement-breakpoint
CREATE TABLE "creator_click_hours" (
	"creator_id" text NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"clicks" integer NOT NULL,
	"unique_clicks" integer NOT NULL,
	"bot_clicks" integer NOT NULL,
	CONSTRAINT "creator_click_hours_creator_id_hour_pk" PRIMARY KEY("creator_id","hour"),
	CONSTRAINT "creator_click_hours_counts_chk" CHECK ("creator_click_hours"."clicks" >= 0 and "creator_click_hours"."unique_clicks" between 0 and "creator_click_hours"."clicks" and "creator_click_hours"."bot_clicks" >= 0)
);
--> statement-breakpoint
CREATE TABLE "link_click_days" (
	"link_id" text NOT NULL,
	"day" date NOT NULL,
	"clicks" integer NOT NULL,
	"unique_clicks" integer NOT NULL,
	"bot_clicks" integer NOT NULL,
	CONSTRAINT "link_click_days_link_id_day_pk" PRIMARY KEY("link_id","day"),
	CONSTRAINT "link_click_days_counts_chk" CHECK ("link_click_days"."clicks" >= 0 and "link_click_days"."unique_clicks" between 0 and "link_click_days"."clicks" and "link_click_days"."bot_clicks" >= 0)
);
--> statement-breakpoint
CREATE TABLE "shop_click_hours" (
	"shop_id" text NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"clicks" integer NOT NULL,
	"unique_clicks" integer NOT NULL,
	"bot_clicks" integer NOT NULL,
	CONSTRAINT "shop_click_hours_shop_id_hour_pk" PRIMARY KEY("shop_id","hour"),
	CONSTRAINT "shop_click_hours_counts_chk" CHECK ("shop_click_hours"."clicks" >= 0 and "shop_click_hours"."unique_clicks" between 0 and "shop_click_hours"."clicks" and "shop_click_hours"."bot_clicks" >= 0)
);
--> statement-breakpoint
CREATE TABLE "message_threads" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"creator_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_message_at" timestamp with time zone NOT NULL,
	"seller_read_at" timestamp with time zone,
	"creator_read_at" timestamp with time zone,
	"creator_muted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY NOT NULL,
	"thread_id" text NOT NULL,
	"sender_user_id" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "messages_body_chk" CHECK (char_length("messages"."body") between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "shops" ADD COLUMN "rate_notice_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "product_rate_changes" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "product_rate_changes" ADD COLUMN "applied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "product_rate_changes" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "targeted_plan_creators" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "targeted_plan_creators" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "carrier" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tracking_number" text;--> statement-breakpoint
ALTER TABLE "creator_click_hours" ADD CONSTRAINT "creator_click_hours_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_click_days" ADD CONSTRAINT "link_click_days_link_id_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_click_hours" ADD CONSTRAINT "shop_click_hours_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_thread_id_message_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."message_threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_user_id_users_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "message_threads_pair_key" ON "message_threads" USING btree ("shop_id","creator_id");--> statement-breakpoint
CREATE INDEX "message_threads_shop_idx" ON "message_threads" USING btree ("shop_id","last_message_at");--> statement-breakpoint
CREATE INDEX "message_threads_creator_idx" ON "message_threads" USING btree ("creator_id","last_message_at");--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "product_rate_changes_waiting_idx" ON "product_rate_changes" USING btree ("effective_at") WHERE "product_rate_changes"."applied_at" is null and "product_rate_changes"."cancelled_at" is null;--> statement-breakpoint
CREATE INDEX "links_product_idx" ON "links" USING btree ("product_id");--> statement-breakpoint
-- Carries what the creator dashboard reads of each commission, so a period is read from the index alone.
CREATE INDEX "commissions_creator_earned_idx" ON "commissions" USING btree ("creator_id","earned_at") INCLUDE ("link_id","order_line_id","state","currency","amount_minor");--> statement-breakpoint
ALTER TABLE "shops" ADD CONSTRAINT "shops_rate_notice_days_chk" CHECK ("shops"."rate_notice_days" between 2 and 60);--> statement-breakpoint
ALTER TABLE "product_rate_changes" ADD CONSTRAINT "product_rate_changes_cancel_chk" CHECK (not ("product_rate_changes"."applied_at" is not null and "product_rate_changes"."cancelled_at" is not null));--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_tracking_chk" CHECK (("orders"."carrier" is null) = ("orders"."tracking_number" is null) and coalesce(char_length("orders"."carrier") between 1 and 60 and char_length("orders"."tracking_number") between 1 and 60, true));
--> statement-breakpoint
-- The clicks stored before the counts existed, counted once.
INSERT INTO "link_click_days" ("link_id", "day", "clicks", "unique_clicks", "bot_clicks")
SELECT "link_id", ("clicked_at" AT TIME ZONE 'UTC')::date,
  count(*) FILTER (WHERE NOT "is_bot"), count(*) FILTER (WHERE NOT "is_bot" AND "is_unique"), count(*) FILTER (WHERE "is_bot")
FROM "clicks" GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO "creator_click_hours" ("creator_id", "hour", "clicks", "unique_clicks", "bot_clicks")
SELECT l."creator_id", date_trunc('hour', c."clicked_at", 'UTC'),
  count(*) FILTER (WHERE NOT c."is_bot"), count(*) FILTER (WHERE NOT c."is_bot" AND c."is_unique"), count(*) FILTER (WHERE c."is_bot")
FROM "clicks" c INNER JOIN "links" l ON l."id" = c."link_id" GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO "shop_click_hours" ("shop_id", "hour", "clicks", "unique_clicks", "bot_clicks")
SELECT coalesce(p."shop_id", k."shop_id"), date_trunc('hour', c."clicked_at", 'UTC'),
  count(*) FILTER (WHERE NOT c."is_bot"), count(*) FILTER (WHERE NOT c."is_bot" AND c."is_unique"), count(*) FILTER (WHERE c."is_bot")
FROM "clicks" c INNER JOIN "links" l ON l."id" = c."link_id"
LEFT JOIN "products" p ON p."id" = l."product_id" LEFT JOIN "campaigns" k ON k."id" = l."campaign_id"
WHERE coalesce(p."shop_id", k."shop_id") IS NOT NULL GROUP BY 1, 2;--> statement-breakpoint
-- Every change so far was decided when it took effect, and is the product's plan or was replaced by a later one.
UPDATE "product_rate_changes" SET "decided_at" = "effective_at", "applied_at" = "effective_at";
