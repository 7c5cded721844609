ALTER TABLE "campaign_products" DROP CONSTRAINT "campaign_products_campaign_id_product_id_pk";--> statement-breakpoint
ALTER TABLE "campaign_products" ADD COLUMN "id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_products_current_key" ON "campaign_products" USING btree ("campaign_id","product_id") WHERE "campaign_products"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "campaign_products_campaign_idx" ON "campaign_products" USING btree ("campaign_id","product_id","added_at");