CREATE TYPE "public"."sign_in_outcome" AS ENUM('reserved', 'succeeded', 'failed', 'throttled', 'suspended');--> statement-breakpoint
ALTER TABLE "sign_in_attempts" ADD COLUMN "outcome" "sign_in_outcome";--> statement-breakpoint
UPDATE "sign_in_attempts" SET "outcome" = CASE WHEN "succeeded" THEN 'succeeded'::"sign_in_outcome" ELSE 'failed'::"sign_in_outcome" END;--> statement-breakpoint
ALTER TABLE "sign_in_attempts" ALTER COLUMN "outcome" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_time_idx" ON "sign_in_attempts" USING btree ("ip_hash","attempted_at");--> statement-breakpoint
ALTER TABLE "sign_in_attempts" DROP COLUMN "succeeded";