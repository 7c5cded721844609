-- Reports count clicks per link and day without reading the clicks table: the link-and-time index
-- carries the two flags they filter and count by, so a creator's or a shop's clicks are an
-- index-only scan (issue #14's dashboard bench). Same name and key columns as before, so the schema
-- (db/schema/links.ts) still describes it; drizzle cannot write INCLUDE itself.
DROP INDEX IF EXISTS "clicks_link_time_idx";--> statement-breakpoint
CREATE INDEX "clicks_link_time_idx" ON "clicks" USING btree ("link_id","clicked_at") INCLUDE ("is_bot","is_unique");
