DROP INDEX "briefcase_items_unique_contacts";--> statement-breakpoint
ALTER TABLE "briefcase_items" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "briefcase_items" ADD COLUMN "removed_kind" "material_kind";--> statement-breakpoint
ALTER TABLE "briefcase_items" ADD COLUMN "removed_title_ru" text;--> statement-breakpoint
ALTER TABLE "briefcase_items" ADD COLUMN "removed_title_en" text;--> statement-breakpoint
ALTER TABLE "stored_files" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "briefcase_items_unique_contacts" ON "briefcase_items" USING btree ("user_id","exhibitor_id") WHERE "briefcase_items"."material_id" is null and "briefcase_items"."removed_at" is null;--> statement-breakpoint
ALTER TABLE "briefcase_items" ADD CONSTRAINT "briefcase_items_removed_snapshot" CHECK ("briefcase_items"."removed_at" is null or ("briefcase_items"."material_id" is null and "briefcase_items"."removed_kind" is not null and "briefcase_items"."removed_title_ru" is not null and "briefcase_items"."removed_title_en" is not null));