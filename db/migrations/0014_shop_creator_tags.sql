ALTER TYPE "public"."notification_kind" ADD VALUE 'collaboration_ended';--> statement-breakpoint
CREATE TABLE "shop_creator_tags" (
	"shop_id" text NOT NULL,
	"creator_id" text NOT NULL,
	"tag" text NOT NULL,
	"slot" smallint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "shop_creator_tags_shop_id_creator_id_tag_pk" PRIMARY KEY("shop_id","creator_id","tag"),
	CONSTRAINT "shop_creator_tags_slot_chk" CHECK ("shop_creator_tags"."slot" between 1 and 20),
	CONSTRAINT "shop_creator_tags_tag_chk" CHECK (char_length("shop_creator_tags"."tag") between 1 and 30)
);
--> statement-breakpoint
ALTER TABLE "shop_creator_tags" ADD CONSTRAINT "shop_creator_tags_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_creator_tags" ADD CONSTRAINT "shop_creator_tags_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shop_creator_tags_slot_key" ON "shop_creator_tags" USING btree ("shop_id","creator_id","slot");--> statement-breakpoint
CREATE INDEX "shop_creator_tags_tag_idx" ON "shop_creator_tags" USING btree ("shop_id","tag");