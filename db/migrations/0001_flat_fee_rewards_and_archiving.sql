ALTER TABLE "products" DROP CONSTRAINT "products_open_rate_chk";--> statement-breakpoint
ALTER TABLE "campaign_products" DROP CONSTRAINT "campaign_products_rate_chk";--> statement-breakpoint
ALTER TABLE "targeted_plan_products" DROP CONSTRAINT "targeted_plan_products_rate_chk";--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_open_rate_chk" CHECK ("products"."open_rate_bps" between 100 and 8000 or ("products"."open_rate_bps" = 0 and "products"."open_flat_fee_minor" > 0));--> statement-breakpoint
ALTER TABLE "campaign_products" ADD CONSTRAINT "campaign_products_rate_chk" CHECK ("campaign_products"."rate_bps" between 100 and 8000 or ("campaign_products"."rate_bps" = 0 and "campaign_products"."flat_fee_minor" > 0));--> statement-breakpoint
ALTER TABLE "targeted_plan_products" ADD CONSTRAINT "targeted_plan_products_rate_chk" CHECK ("targeted_plan_products"."rate_bps" between 100 and 8000 or ("targeted_plan_products"."rate_bps" = 0 and "targeted_plan_products"."flat_fee_minor" > 0));