ALTER TABLE "materials" ADD COLUMN "idempotency_key" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "materials_unique_idempotency_key" ON "materials" USING btree ("exhibitor_id","idempotency_key");