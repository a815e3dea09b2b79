ALTER TABLE "seps_requests" ADD COLUMN "submission_key_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "seps_requests_submission_key_uq" ON "seps_requests" USING btree ("submission_key_hash");