ALTER TYPE "public"."seps_request_status" ADD VALUE 'retirada';--> statement-breakpoint
ALTER TYPE "public"."seps_request_status" ADD VALUE 'caducada';--> statement-breakpoint
ALTER TABLE "seps_requests" ADD COLUMN "correction_fields" text[];--> statement-breakpoint
ALTER TABLE "seps_requests" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "seps_requests" ADD COLUMN "expiry_warned_at" timestamp with time zone;