CREATE TYPE "public"."ecuapass_document_kind" AS ENUM('respaldo', 'solicitud_uso');--> statement-breakpoint
CREATE TYPE "public"."ecuapass_document_origin" AS ENUM('generado', 'subido');--> statement-breakpoint
CREATE TYPE "public"."ecuapass_function_scope" AS ENUM('empresa', 'entidad_publica');--> statement-breakpoint
CREATE TABLE "ecuapass_function_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"function_id" uuid NOT NULL,
	"granted_by" uuid,
	"granted_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "ecuapass_functions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"scope" "ecuapass_function_scope" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ecuapass_request_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" "ecuapass_document_kind" NOT NULL,
	"origin" "ecuapass_document_origin" NOT NULL,
	"file_name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"verification_code" text,
	"signature_check" jsonb,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" DROP CONSTRAINT "ecuapass_registration_requests_ruc_ck";--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ALTER COLUMN "org_ruc" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ALTER COLUMN "org_ruc_kind" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ALTER COLUMN "org_razon_social" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ALTER COLUMN "org_address" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ALTER COLUMN "org_phone" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ADD COLUMN "details" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ADD COLUMN "decided_by_account" uuid;--> statement-breakpoint
ALTER TABLE "seps_requests" ADD COLUMN "decided_by_account" uuid;--> statement-breakpoint
ALTER TABLE "ecuapass_function_grants" ADD CONSTRAINT "ecuapass_function_grants_account_id_ecuapass_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ecuapass_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecuapass_function_grants" ADD CONSTRAINT "ecuapass_function_grants_function_id_ecuapass_functions_id_fk" FOREIGN KEY ("function_id") REFERENCES "public"."ecuapass_functions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecuapass_function_grants" ADD CONSTRAINT "ecuapass_function_grants_granted_by_ecuapass_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."ecuapass_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecuapass_function_grants" ADD CONSTRAINT "ecuapass_function_grants_revoked_by_ecuapass_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."ecuapass_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecuapass_request_documents" ADD CONSTRAINT "ecuapass_request_documents_request_id_ecuapass_registration_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."ecuapass_registration_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ecuapass_function_grants_live_uq" ON "ecuapass_function_grants" USING btree ("account_id","function_id") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "ecuapass_function_grants_account_idx" ON "ecuapass_function_grants" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ecuapass_functions_code_uq" ON "ecuapass_functions" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "ecuapass_request_documents_current_uq" ON "ecuapass_request_documents" USING btree ("request_id","kind","origin") WHERE superseded_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "ecuapass_request_documents_verification_uq" ON "ecuapass_request_documents" USING btree ("verification_code");--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ADD CONSTRAINT "ecuapass_registration_requests_decided_by_account_ecuapass_users_id_fk" FOREIGN KEY ("decided_by_account") REFERENCES "public"."ecuapass_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seps_requests" ADD CONSTRAINT "seps_requests_decided_by_account_ecuapass_users_id_fk" FOREIGN KEY ("decided_by_account") REFERENCES "public"."ecuapass_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ADD CONSTRAINT "ecuapass_registration_requests_org_ck" CHECK ("ecuapass_registration_requests"."type" = 'persona_discapacidad' or ("ecuapass_registration_requests"."org_ruc" is not null and "ecuapass_registration_requests"."org_ruc_kind" is not null and "ecuapass_registration_requests"."org_razon_social" is not null and "ecuapass_registration_requests"."org_address" is not null and "ecuapass_registration_requests"."org_phone" is not null));--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ADD CONSTRAINT "ecuapass_registration_requests_one_decider_ck" CHECK ("ecuapass_registration_requests"."decided_by" is null or "ecuapass_registration_requests"."decided_by_account" is null);--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ADD CONSTRAINT "ecuapass_registration_requests_ruc_ck" CHECK ("ecuapass_registration_requests"."org_ruc" is null or "ecuapass_registration_requests"."org_ruc" ~ '^[0-9]{13}$');--> statement-breakpoint
INSERT INTO "ecuapass_functions" ("code", "name", "description", "scope") VALUES
	('DAI', 'Declaración Aduanera de Importación (DAI)', 'Elaborar, transmitir y corregir las declaraciones de importación de la empresa.', 'empresa'),
	('DAE', 'Declaración Aduanera de Exportación (DAE)', 'Elaborar, transmitir y corregir las declaraciones de exportación de la empresa.', 'empresa'),
	('VUE-DOC', 'Documentos de soporte y de acompañamiento (VUE)', 'Solicitar en la Ventanilla Única Ecuatoriana los permisos y documentos de acompañamiento.', 'empresa'),
	('PAGOS', 'Liquidaciones y pagos electrónicos', 'Consultar liquidaciones y registrar pagos electrónicos de tributos al comercio exterior.', 'empresa'),
	('CONSULTAS', 'Consulta de trámites de la empresa', 'Consultar el estado de las declaraciones y trámites presentados a nombre de la empresa.', 'empresa'),
	('DRAWBACK', 'Devolución condicionada de tributos', 'Presentar y consultar solicitudes de devolución condicionada de tributos.', 'empresa'),
	('VUE-REV', 'Revisión de solicitudes de la VUE', 'Revisar las solicitudes de permisos y autorizaciones previas dirigidas a la entidad.', 'entidad_publica'),
	('VUE-EMI', 'Emisión de documentos de control previo', 'Aprobar y emitir los documentos de control previo (permisos, certificados, autorizaciones).', 'entidad_publica'),
	('CONSULTA-DEC', 'Consulta de declaraciones aduaneras', 'Consultar las declaraciones aduaneras relacionadas con las competencias de la entidad.', 'entidad_publica'),
	('REPORTES', 'Reportes estadísticos', 'Generar los reportes estadísticos de comercio exterior que la entidad necesita.', 'entidad_publica');
