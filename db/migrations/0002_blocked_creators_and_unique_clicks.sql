CREATE TABLE "shop_blocked_creators" (
	"shop_id" text NOT NULL,
	"creator_id" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"blocked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "shop_blocked_creators_shop_id_creator_id_pk" PRIMARY KEY("shop_id","creator_id")
);
--> statement-breakpoint
ALTER TABLE "shop_blocked_creators" ADD CONSTRAINT "shop_blocked_creators_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_blocked_creators" ADD CONSTRAINT "shop_blocked_creators_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clicks_link_visitor_time_idx" ON "clicks" USING btree ("link_id","visitor_id","clicked_at");