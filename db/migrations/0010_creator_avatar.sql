CREATE TABLE "creator_previous_handles" (
	"handle" text PRIMARY KEY NOT NULL,
	"creator_id" text NOT NULL,
	"replaced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "creator_profiles" ADD COLUMN "avatar_media_id" text;--> statement-breakpoint
ALTER TABLE "creator_previous_handles" ADD CONSTRAINT "creator_previous_handles_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "creator_previous_handles_creator_idx" ON "creator_previous_handles" USING btree ("creator_id");--> statement-breakpoint
ALTER TABLE "creator_profiles" ADD CONSTRAINT "creator_profiles_avatar_media_id_media_id_fk" FOREIGN KEY ("avatar_media_id") REFERENCES "public"."media"("id") ON DELETE no action ON UPDATE no action;