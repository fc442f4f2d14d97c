CREATE TYPE "public"."webinar_format" AS ENUM('webinar', 'masterClass');--> statement-breakpoint
ALTER TABLE "webinars" ADD COLUMN "format" "webinar_format" DEFAULT 'webinar' NOT NULL;