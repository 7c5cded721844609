ALTER TYPE "public"."notification_kind" ADD VALUE 'link_expiring';--> statement-breakpoint
CREATE TABLE "product_favourites" (
	"creator_id" text NOT NULL,
	"product_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "product_favourites_creator_id_product_id_pk" PRIMARY KEY("creator_id","product_id")
);
--> statement-breakpoint
ALTER TABLE "showcase_items" ADD COLUMN "pin_slot" smallint;--> statement-breakpoint
ALTER TABLE "links" ADD COLUMN "expiry_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "links" ADD COLUMN "renews_link_id" text;--> statement-breakpoint
ALTER TABLE "product_favourites" ADD CONSTRAINT "product_favourites_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_favourites" ADD CONSTRAINT "product_favourites_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_favourites_product_idx" ON "product_favourites" USING btree ("product_id");--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_renews_link_id_links_id_fk" FOREIGN KEY ("renews_link_id") REFERENCES "public"."links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_items_pin_key" ON "showcase_items" USING btree ("creator_id","pin_slot") WHERE "showcase_items"."removed_at" is null and "showcase_items"."pin_slot" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "links_renews_key" ON "links" USING btree ("renews_link_id");--> statement-breakpoint
ALTER TABLE "showcase_items" ADD CONSTRAINT "showcase_items_pin_chk" CHECK ("showcase_items"."pin_slot" between 1 and 3);