CREATE TYPE "public"."shop_domain_state" AS ENUM('pending', 'verified', 'revoked');--> statement-breakpoint
CREATE TABLE "shop_domains" (
	"id" text PRIMARY KEY NOT NULL,
	"shop_id" text NOT NULL,
	"domain" text NOT NULL,
	"token" text NOT NULL,
	"state" "shop_domain_state" DEFAULT 'pending' NOT NULL,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"checked_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "shop_domains_verified_chk" CHECK ("shop_domains"."state" <> 'verified' or "shop_domains"."verified_at" is not null),
	CONSTRAINT "shop_domains_revoked_chk" CHECK ("shop_domains"."state" <> 'revoked' or "shop_domains"."revoked_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "shop_domains" ADD CONSTRAINT "shop_domains_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shop_domains_shop_domain_key" ON "shop_domains" USING btree ("shop_id","domain");--> statement-breakpoint
CREATE INDEX "shop_domains_state_idx" ON "shop_domains" USING btree ("state","checked_at");--> statement-breakpoint
-- Hand-written backfill: every domain a shop listed becomes a PENDING (unverified) domain with its own token.
INSERT INTO "shop_domains" ("id", "shop_id", "domain", "token", "state", "created_at")
SELECT 'dom_' || upper(substr(md5(s."id" || d."domain" || random()::text), 1, 26)), s."id", d."domain", md5(random()::text || clock_timestamp()::text || s."id" || d."domain"), 'pending', now()
FROM "shops" s CROSS JOIN LATERAL (SELECT DISTINCT lower(x) AS "domain" FROM unnest(s."domains") AS x) d;--> statement-breakpoint
ALTER TABLE "shops" DROP COLUMN "domains";