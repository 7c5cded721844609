ALTER TABLE "users" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_locale_chk" CHECK ("users"."locale" in ('en', 'vi', 'id'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_time_zone_chk" CHECK (char_length("users"."time_zone") between 1 and 64);