CREATE TYPE "public"."role" AS ENUM('creator', 'seller', 'admin');--> statement-breakpoint
CREATE TYPE "public"."product_status" AS ENUM('active', 'archived');--> statement-breakpoint
CREATE TYPE "public"."invitation_status" AS ENUM('pending', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."targeted_plan_status" AS ENUM('draft', 'live', 'ended');--> statement-breakpoint
CREATE TYPE "public"."channel" AS ENUM('instagram', 'youtube', 'facebook', 'threads', 'tiktok', 'blog', 'email', 'other');--> statement-breakpoint
CREATE TYPE "public"."link_type" AS ENUM('product', 'showcase', 'campaign');--> statement-breakpoint
CREATE TYPE "public"."order_event_type" AS ENUM('placed', 'paid', 'shipped', 'delivered', 'completed', 'cancelled', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."order_source" AS ENUM('storefront', 'api');--> statement-breakpoint
CREATE TYPE "public"."order_state" AS ENUM('placed', 'paid', 'shipped', 'delivered', 'completed', 'cancelled', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."commission_state" AS ENUM('pending', 'locked', 'available', 'paid', 'reversed');--> statement-breakpoint
CREATE TYPE "public"."plan_kind" AS ENUM('open', 'targeted', 'campaign');--> statement-breakpoint
CREATE TYPE "public"."payout_method_kind" AS ENUM('bank', 'ewallet');--> statement-breakpoint
CREATE TYPE "public"."wallet_entry_kind" AS ENUM('commission_available', 'clawback', 'withdrawal_requested', 'withdrawal_returned', 'adjustment');--> statement-breakpoint
CREATE TYPE "public"."withdrawal_state" AS ENUM('requested', 'processing', 'paid', 'failed');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" text PRIMARY KEY NOT NULL,
	"actor_user_id" text,
	"action" text NOT NULL,
	"subject_id" text,
	"detail" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_user_id" text,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip_hash" text,
	"succeeded" boolean NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shops" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_user_id" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"currency" char(3) NOT NULL,
	"country" text DEFAULT 'US' NOT NULL,
	"logo_media_id" text,
	"return_window_days" integer DEFAULT 7 NOT NULL,
	"holding_days" integer DEFAULT 15 NOT NULL,
	"default_open_rate_bps" integer DEFAULT 500 NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shops_return_window_chk" CHECK ("shops"."return_window_days" between 0 and 365),
	CONSTRAINT "shops_holding_days_chk" CHECK ("shops"."holding_days" between 0 and 365),
	CONSTRAINT "shops_default_rate_chk" CHECK ("shops"."default_open_rate_bps" between 100 and 8000)
);
--> statement-breakpoint
CREATE TABLE "product_rate_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL,
	"open_to_affiliates" boolean NOT NULL,
	"rate_bps" integer NOT NULL,
	"flat_fee_minor" bigint DEFAULT 0 NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"changed_by_user_id" text
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"sku" text NOT NULL,
	"price_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"stock" integer DEFAULT 0 NOT NULL,
	"image_media_id" text,
	"external_url" text,
	"status" "product_status" DEFAULT 'active' NOT NULL,
	"open_to_affiliates" boolean DEFAULT true NOT NULL,
	"open_rate_bps" integer NOT NULL,
	"open_flat_fee_minor" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_price_chk" CHECK ("products"."price_minor" >= 0),
	CONSTRAINT "products_stock_chk" CHECK ("products"."stock" >= 0),
	CONSTRAINT "products_open_rate_chk" CHECK ("products"."open_rate_bps" between 100 and 8000),
	CONSTRAINT "products_flat_fee_chk" CHECK ("products"."open_flat_fee_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "creator_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"handle" text NOT NULL,
	"display_name" text NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"follower_count" integer DEFAULT 0 NOT NULL,
	"followers_verified_at" timestamp with time zone,
	"auto_withdraw" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "creator_profiles_followers_chk" CHECK ("creator_profiles"."follower_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "showcase_items" (
	"id" text PRIMARY KEY NOT NULL,
	"creator_id" text NOT NULL,
	"product_id" text NOT NULL,
	"position" integer NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "campaign_products" (
	"campaign_id" text NOT NULL,
	"product_id" text NOT NULL,
	"rate_bps" integer NOT NULL,
	"flat_fee_minor" bigint DEFAULT 0 NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "campaign_products_campaign_id_product_id_pk" PRIMARY KEY("campaign_id","product_id"),
	CONSTRAINT "campaign_products_rate_chk" CHECK ("campaign_products"."rate_bps" between 100 and 8000),
	CONSTRAINT "campaign_products_fee_chk" CHECK ("campaign_products"."flat_fee_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"banner_media_id" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_dates_chk" CHECK ("campaigns"."ends_at" > "campaigns"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "targeted_plan_creators" (
	"plan_id" text NOT NULL,
	"creator_id" text NOT NULL,
	"status" "invitation_status" DEFAULT 'pending' NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "targeted_plan_creators_plan_id_creator_id_pk" PRIMARY KEY("plan_id","creator_id")
);
--> statement-breakpoint
CREATE TABLE "targeted_plan_products" (
	"plan_id" text NOT NULL,
	"product_id" text NOT NULL,
	"rate_bps" integer NOT NULL,
	"flat_fee_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "targeted_plan_products_plan_id_product_id_pk" PRIMARY KEY("plan_id","product_id"),
	CONSTRAINT "targeted_plan_products_rate_chk" CHECK ("targeted_plan_products"."rate_bps" between 100 and 8000),
	CONSTRAINT "targeted_plan_products_fee_chk" CHECK ("targeted_plan_products"."flat_fee_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "targeted_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"name" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "targeted_plan_status" DEFAULT 'draft' NOT NULL,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targeted_plans_dates_chk" CHECK ("targeted_plans"."ends_at" > "targeted_plans"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "clicks" (
	"id" text PRIMARY KEY NOT NULL,
	"link_id" text NOT NULL,
	"clicked_at" timestamp with time zone NOT NULL,
	"visitor_id" text NOT NULL,
	"ip_hash" text,
	"user_agent" text,
	"referrer" text,
	"is_bot" boolean DEFAULT false NOT NULL,
	"is_unique" boolean NOT NULL,
	"earning" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "links" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"creator_id" text NOT NULL,
	"type" "link_type" NOT NULL,
	"product_id" text,
	"campaign_id" text,
	"channel" "channel" NOT NULL,
	"sub_id" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"earns_until" timestamp with time zone NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "links_target_chk" CHECK (("links"."type" = 'product' and "links"."product_id" is not null and "links"."campaign_id" is null)
       or ("links"."type" = 'campaign' and "links"."campaign_id" is not null and "links"."product_id" is null)
       or ("links"."type" = 'showcase' and "links"."product_id" is null and "links"."campaign_id" is null))
);
--> statement-breakpoint
CREATE TABLE "order_events" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"event_ref" text NOT NULL,
	"type" "order_event_type" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"lines" jsonb,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"line_ref" text NOT NULL,
	"product_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_minor" bigint NOT NULL,
	"discount_minor" bigint DEFAULT 0 NOT NULL,
	"paid_minor" bigint NOT NULL,
	"refunded_quantity" integer DEFAULT 0 NOT NULL,
	"cancelled_quantity" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "order_lines_quantity_chk" CHECK ("order_lines"."quantity" > 0),
	CONSTRAINT "order_lines_refund_chk" CHECK ("order_lines"."refunded_quantity" + "order_lines"."cancelled_quantity" between 0 and "order_lines"."quantity"),
	CONSTRAINT "order_lines_paid_chk" CHECK ("order_lines"."paid_minor" >= 0 and "order_lines"."discount_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"source" "order_source" NOT NULL,
	"external_id" text,
	"request_hash" text,
	"currency" char(3) NOT NULL,
	"state" "order_state" NOT NULL,
	"buyer_name" text,
	"buyer_email" text,
	"shipping_address" jsonb,
	"visitor_id" text,
	"click_id" text,
	"subtotal_minor" bigint NOT NULL,
	"discount_minor" bigint DEFAULT 0 NOT NULL,
	"total_minor" bigint NOT NULL,
	"status_token" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "orders_amounts_chk" CHECK ("orders"."subtotal_minor" >= 0 and "orders"."discount_minor" >= 0 and "orders"."total_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "commission_events" (
	"id" text PRIMARY KEY NOT NULL,
	"commission_id" text NOT NULL,
	"from_state" "commission_state",
	"to_state" "commission_state" NOT NULL,
	"amount_minor" bigint NOT NULL,
	"reason" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commissions" (
	"id" text PRIMARY KEY NOT NULL,
	"order_line_id" text NOT NULL,
	"creator_id" text NOT NULL,
	"link_id" text NOT NULL,
	"click_id" text,
	"plan_kind" "plan_kind" NOT NULL,
	"plan_id" text,
	"rate_bps" integer NOT NULL,
	"flat_fee_minor" bigint DEFAULT 0 NOT NULL,
	"base_minor" bigint NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"state" "commission_state" NOT NULL,
	"earned_at" timestamp with time zone NOT NULL,
	"locked_at" timestamp with time zone,
	"available_at" timestamp with time zone,
	CONSTRAINT "commissions_amount_chk" CHECK ("commissions"."amount_minor" >= 0 and "commissions"."base_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "payout_methods" (
	"id" text PRIMARY KEY NOT NULL,
	"creator_id" text NOT NULL,
	"kind" "payout_method_kind" NOT NULL,
	"label" text NOT NULL,
	"last4" text NOT NULL,
	"details" jsonb NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "wallet_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"creator_id" text NOT NULL,
	"currency" char(3) NOT NULL,
	"amount_minor" bigint NOT NULL,
	"kind" "wallet_entry_kind" NOT NULL,
	"commission_id" text,
	"withdrawal_id" text,
	"reason" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "withdrawals" (
	"id" text PRIMARY KEY NOT NULL,
	"creator_id" text NOT NULL,
	"payout_method_id" text NOT NULL,
	"currency" char(3) NOT NULL,
	"amount_minor" bigint NOT NULL,
	"state" "withdrawal_state" DEFAULT 'requested' NOT NULL,
	"idempotency_key" text NOT NULL,
	"failure_reason" text,
	"requested_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone,
	"settled_at" timestamp with time zone,
	CONSTRAINT "withdrawals_amount_chk" CHECK ("withdrawals"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"signing_secret" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shops" ADD CONSTRAINT "shops_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shops" ADD CONSTRAINT "shops_logo_media_id_media_id_fk" FOREIGN KEY ("logo_media_id") REFERENCES "public"."media"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_rate_changes" ADD CONSTRAINT "product_rate_changes_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_rate_changes" ADD CONSTRAINT "product_rate_changes_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_image_media_id_media_id_fk" FOREIGN KEY ("image_media_id") REFERENCES "public"."media"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "creator_profiles" ADD CONSTRAINT "creator_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_items" ADD CONSTRAINT "showcase_items_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_items" ADD CONSTRAINT "showcase_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_products" ADD CONSTRAINT "campaign_products_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_products" ADD CONSTRAINT "campaign_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_banner_media_id_media_id_fk" FOREIGN KEY ("banner_media_id") REFERENCES "public"."media"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeted_plan_creators" ADD CONSTRAINT "targeted_plan_creators_plan_id_targeted_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."targeted_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeted_plan_creators" ADD CONSTRAINT "targeted_plan_creators_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeted_plan_products" ADD CONSTRAINT "targeted_plan_products_plan_id_targeted_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."targeted_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeted_plan_products" ADD CONSTRAINT "targeted_plan_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeted_plans" ADD CONSTRAINT "targeted_plans_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clicks" ADD CONSTRAINT "clicks_link_id_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_click_id_clicks_id_fk" FOREIGN KEY ("click_id") REFERENCES "public"."clicks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_events" ADD CONSTRAINT "commission_events_commission_id_commissions_id_fk" FOREIGN KEY ("commission_id") REFERENCES "public"."commissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissions" ADD CONSTRAINT "commissions_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissions" ADD CONSTRAINT "commissions_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissions" ADD CONSTRAINT "commissions_link_id_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissions" ADD CONSTRAINT "commissions_click_id_clicks_id_fk" FOREIGN KEY ("click_id") REFERENCES "public"."clicks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_methods" ADD CONSTRAINT "payout_methods_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_commission_id_commissions_id_fk" FOREIGN KEY ("commission_id") REFERENCES "public"."commissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_withdrawal_id_withdrawals_id_fk" FOREIGN KEY ("withdrawal_id") REFERENCES "public"."withdrawals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_payout_method_id_payout_methods_id_fk" FOREIGN KEY ("payout_method_id") REFERENCES "public"."payout_methods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_time_idx" ON "sign_in_attempts" USING btree ("email","attempted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "shops_owner_key" ON "shops" USING btree ("owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shops_slug_key" ON "shops" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "product_rate_changes_product_idx" ON "product_rate_changes" USING btree ("product_id","effective_at");--> statement-breakpoint
CREATE UNIQUE INDEX "products_shop_sku_key" ON "products" USING btree ("shop_id","sku");--> statement-breakpoint
CREATE INDEX "products_shop_status_idx" ON "products" USING btree ("shop_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "creator_profiles_handle_key" ON "creator_profiles" USING btree (lower("handle"));--> statement-breakpoint
CREATE INDEX "showcase_items_creator_idx" ON "showcase_items" USING btree ("creator_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_items_current_key" ON "showcase_items" USING btree ("creator_id","product_id") WHERE "showcase_items"."removed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_slug_key" ON "campaigns" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "targeted_plan_creators_creator_idx" ON "targeted_plan_creators" USING btree ("creator_id");--> statement-breakpoint
CREATE INDEX "targeted_plans_shop_idx" ON "targeted_plans" USING btree ("shop_id");--> statement-breakpoint
CREATE INDEX "clicks_link_time_idx" ON "clicks" USING btree ("link_id","clicked_at");--> statement-breakpoint
CREATE INDEX "clicks_visitor_time_idx" ON "clicks" USING btree ("visitor_id","clicked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "links_code_key" ON "links" USING btree ("code");--> statement-breakpoint
CREATE INDEX "links_creator_idx" ON "links" USING btree ("creator_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "order_events_order_ref_key" ON "order_events" USING btree ("order_id","event_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "order_lines_order_ref_key" ON "order_lines" USING btree ("order_id","line_ref");--> statement-breakpoint
CREATE INDEX "order_lines_product_idx" ON "order_lines" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_shop_external_key" ON "orders" USING btree ("shop_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_status_token_key" ON "orders" USING btree ("status_token");--> statement-breakpoint
CREATE INDEX "orders_shop_placed_idx" ON "orders" USING btree ("shop_id","placed_at");--> statement-breakpoint
CREATE INDEX "commission_events_commission_idx" ON "commission_events" USING btree ("commission_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "commissions_order_line_key" ON "commissions" USING btree ("order_line_id");--> statement-breakpoint
CREATE INDEX "commissions_creator_state_idx" ON "commissions" USING btree ("creator_id","state");--> statement-breakpoint
CREATE INDEX "payout_methods_creator_idx" ON "payout_methods" USING btree ("creator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_methods_one_default_key" ON "payout_methods" USING btree ("creator_id") WHERE "payout_methods"."is_default" and "payout_methods"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "wallet_entries_creator_idx" ON "wallet_entries" USING btree ("creator_id","currency","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "wallet_entries_commission_available_key" ON "wallet_entries" USING btree ("commission_id") WHERE "wallet_entries"."kind" = 'commission_available';--> statement-breakpoint
CREATE UNIQUE INDEX "wallet_entries_withdrawal_kind_key" ON "wallet_entries" USING btree ("withdrawal_id","kind") WHERE "wallet_entries"."withdrawal_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "withdrawals_idempotency_key" ON "withdrawals" USING btree ("creator_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "withdrawals_state_idx" ON "withdrawals" USING btree ("state","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_key" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "api_keys_shop_idx" ON "api_keys" USING btree ("shop_id");