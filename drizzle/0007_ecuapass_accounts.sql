ALTER TYPE "public"."email_code_purpose" ADD VALUE 'ecuapass_datos';--> statement-breakpoint
ALTER TYPE "public"."email_code_purpose" ADD VALUE 'ecuapass_correo';--> statement-breakpoint
ALTER TYPE "public"."link_token_purpose" ADD VALUE 'ecuapass_reset';--> statement-breakpoint
ALTER TABLE "email_codes" ADD COLUMN "subject_id" uuid;