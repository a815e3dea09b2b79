CREATE TYPE "public"."account_status" AS ENUM('pendiente_activacion', 'activo', 'desactivado');--> statement-breakpoint
CREATE TYPE "public"."actor_kind" AS ENUM('anonimo', 'ecuapass', 'seps', 'staff', 'sistema');--> statement-breakpoint
CREATE TYPE "public"."ecuapass_doc_type" AS ENUM('ruc', 'cedula', 'pasaporte');--> statement-breakpoint
CREATE TYPE "public"."ecuapass_user_status" AS ENUM('activo', 'suspendido');--> statement-breakpoint
CREATE TYPE "public"."email_code_purpose" AS ENUM('ecuapass_registro');--> statement-breakpoint
CREATE TYPE "public"."link_token_purpose" AS ENUM('seps_activation', 'seps_reset', 'staff_invite');--> statement-breakpoint
CREATE TYPE "public"."mail_status" AS ENUM('pendiente', 'enviado', 'fallido');--> statement-breakpoint
CREATE TYPE "public"."mail_transport" AS ENUM('outbox', 'resend');--> statement-breakpoint
CREATE TYPE "public"."mobile_operator" AS ENUM('CLARO', 'MOVISTAR', 'CNT', 'TUENTI', 'OTROS');--> statement-breakpoint
CREATE TYPE "public"."role_assignment_status" AS ENUM('activa', 'desactivada');--> statement-breakpoint
CREATE TYPE "public"."seps_sector" AS ENUM('financiera', 'no_financiera');--> statement-breakpoint
CREATE TYPE "public"."seps_document_kind" AS ENUM('solicitud', 'acuerdo_confidencialidad', 'consentimiento_datos');--> statement-breakpoint
CREATE TYPE "public"."seps_document_origin" AS ENUM('generado', 'firmado');--> statement-breakpoint
CREATE TYPE "public"."seps_request_status" AS ENUM('pendiente_documentos', 'en_revision', 'aprobada', 'rechazada', 'correccion_solicitada');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('reviewer', 'admin');--> statement-breakpoint
CREATE SEQUENCE "public"."seps_request_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" "actor_kind" NOT NULL,
	"actor_id" uuid,
	"actor_label" text,
	"ip" "inet",
	"action" text NOT NULL,
	"subject_type" text,
	"subject_id" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "ecuapass_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"user_id_key" text NOT NULL,
	"doc_type" "ecuapass_doc_type" NOT NULL,
	"doc_number" text NOT NULL,
	"full_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"country_code" text NOT NULL,
	"province_code" text,
	"canton_code" text,
	"address" text NOT NULL,
	"phone1" text NOT NULL,
	"phone2" text,
	"mobile_operator" "mobile_operator" NOT NULL,
	"mobile" text NOT NULL,
	"fax" text,
	"email" text NOT NULL,
	"email_key" text NOT NULL,
	"senae_email" text NOT NULL,
	"status" "ecuapass_user_status" DEFAULT 'activo' NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" "email_code_purpose" NOT NULL,
	"email_key" text NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"consumed_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "link_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" "link_token_purpose" NOT NULL,
	"subject_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transport" "mail_transport" NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"html" text,
	"text" text,
	"status" "mail_status" DEFAULT 'pendiente' NOT NULL,
	"idempotency_key" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"provider_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ruc" text NOT NULL,
	"razon_social" text NOT NULL,
	"sector" "seps_sector" NOT NULL,
	"segmento_nivel" text NOT NULL,
	"email" text NOT NULL,
	"legal_rep_cedula" text NOT NULL,
	"legal_rep_name" text NOT NULL,
	"legal_rep_email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "seps_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" "seps_document_kind" NOT NULL,
	"origin" "seps_document_origin" NOT NULL,
	"file_name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"verification_code" text,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seps_request_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"role_code" text NOT NULL,
	"request_access" boolean NOT NULL,
	"request_deactivation" boolean NOT NULL,
	"deactivate_cedula" text
);
--> statement-breakpoint
CREATE TABLE "seps_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"sector" "seps_sector" NOT NULL,
	"status" "seps_request_status" DEFAULT 'pendiente_documentos' NOT NULL,
	"access_token_hash" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_type" text DEFAULT 'natural' NOT NULL,
	"user_cedula" text NOT NULL,
	"user_name" text NOT NULL,
	"user_email" text NOT NULL,
	"user_is_employee" boolean NOT NULL,
	"user_position" text NOT NULL,
	"resolution_number" text,
	"org_ruc" text NOT NULL,
	"org_razon_social" text NOT NULL,
	"org_email" text NOT NULL,
	"org_segmento_nivel" text NOT NULL,
	"legal_rep_cedula" text NOT NULL,
	"legal_rep_name" text NOT NULL,
	"legal_rep_email" text NOT NULL,
	"proxy_cedula" text,
	"proxy_name" text,
	"privacy_notice_version" text NOT NULL,
	"privacy_notice_hash" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seps_role_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role_code" text NOT NULL,
	"slot" integer NOT NULL,
	"max_per_organization" integer NOT NULL,
	"status" "role_assignment_status" DEFAULT 'activa' NOT NULL,
	"request_id" uuid,
	"deactivated_at" timestamp with time zone,
	"deactivated_by_request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seps_role_assignments_slot_ck" CHECK ("seps_role_assignments"."slot" >= 1 and "seps_role_assignments"."slot" <= "seps_role_assignments"."max_per_organization")
);
--> statement-breakpoint
CREATE TABLE "seps_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cedula" text NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"password_hash" text,
	"status" "account_status" DEFAULT 'pendiente_activacion' NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"password_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"full_name" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"password_hash" text,
	"totp_secret" text,
	"status" "account_status" DEFAULT 'pendiente_activacion' NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "used_captchas" (
	"signature" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "seps_documents" ADD CONSTRAINT "seps_documents_request_id_seps_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."seps_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seps_request_roles" ADD CONSTRAINT "seps_request_roles_request_id_seps_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."seps_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seps_requests" ADD CONSTRAINT "seps_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seps_requests" ADD CONSTRAINT "seps_requests_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seps_role_assignments" ADD CONSTRAINT "seps_role_assignments_user_id_seps_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."seps_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seps_role_assignments" ADD CONSTRAINT "seps_role_assignments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seps_role_assignments" ADD CONSTRAINT "seps_role_assignments_request_id_seps_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."seps_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seps_role_assignments" ADD CONSTRAINT "seps_role_assignments_deactivated_by_request_id_seps_requests_id_fk" FOREIGN KEY ("deactivated_by_request_id") REFERENCES "public"."seps_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_recovery_codes" ADD CONSTRAINT "staff_recovery_codes_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "audit_events" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ecuapass_users_user_id_key_uq" ON "ecuapass_users" USING btree ("user_id_key");--> statement-breakpoint
CREATE UNIQUE INDEX "ecuapass_users_doc_uq" ON "ecuapass_users" USING btree ("doc_type","doc_number");--> statement-breakpoint
CREATE UNIQUE INDEX "ecuapass_users_email_key_uq" ON "ecuapass_users" USING btree ("email_key");--> statement-breakpoint
CREATE INDEX "email_codes_email_idx" ON "email_codes" USING btree ("purpose","email_key","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "link_tokens_hash_uq" ON "link_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "link_tokens_subject_idx" ON "link_tokens" USING btree ("purpose","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mail_outbox_idempotency_uq" ON "mail_outbox" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "mail_outbox_to_idx" ON "mail_outbox" USING btree ("to","created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_ruc_uq" ON "organizations" USING btree ("ruc");--> statement-breakpoint
CREATE UNIQUE INDEX "seps_documents_current_uq" ON "seps_documents" USING btree ("request_id","kind","origin") WHERE superseded_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "seps_documents_verification_uq" ON "seps_documents" USING btree ("verification_code");--> statement-breakpoint
CREATE UNIQUE INDEX "seps_request_roles_uq" ON "seps_request_roles" USING btree ("request_id","role_code");--> statement-breakpoint
CREATE UNIQUE INDEX "seps_requests_number_uq" ON "seps_requests" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "seps_requests_access_token_uq" ON "seps_requests" USING btree ("access_token_hash");--> statement-breakpoint
CREATE INDEX "seps_requests_status_idx" ON "seps_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "seps_requests_user_cedula_idx" ON "seps_requests" USING btree ("user_cedula");--> statement-breakpoint
CREATE INDEX "seps_requests_org_ruc_idx" ON "seps_requests" USING btree ("org_ruc");--> statement-breakpoint
CREATE UNIQUE INDEX "seps_role_assignments_slot_uq" ON "seps_role_assignments" USING btree ("organization_id","role_code","slot") WHERE status = 'activa';--> statement-breakpoint
CREATE UNIQUE INDEX "seps_role_assignments_holder_uq" ON "seps_role_assignments" USING btree ("user_id","organization_id","role_code") WHERE status = 'activa';--> statement-breakpoint
CREATE UNIQUE INDEX "seps_users_cedula_uq" ON "seps_users" USING btree ("cedula");--> statement-breakpoint
CREATE INDEX "staff_recovery_codes_staff_idx" ON "staff_recovery_codes" USING btree ("staff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_users_email_uq" ON "staff_users" USING btree ("email");