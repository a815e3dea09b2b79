CREATE TYPE "public"."ecuapass_registration_type" AS ENUM('usuario_general', 'representante_comercio_exterior', 'empleado', 'representante_entidad_publica', 'funcionario_entidad_publica', 'organismo_internacional', 'persona_discapacidad');--> statement-breakpoint
CREATE TYPE "public"."ecuapass_request_status" AS ENUM('pendiente_aprobacion', 'aprobada', 'rechazada', 'correccion_solicitada');--> statement-breakpoint
CREATE TYPE "public"."ruc_kind" AS ENUM('persona_natural', 'entidad_publica', 'sociedad_privada');--> statement-breakpoint
ALTER TYPE "public"."ecuapass_user_status" ADD VALUE 'pendiente_aprobacion';--> statement-breakpoint
ALTER TYPE "public"."ecuapass_user_status" ADD VALUE 'rechazado';--> statement-breakpoint
CREATE TABLE "ecuapass_registration_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "ecuapass_registration_type" NOT NULL,
	"status" "ecuapass_request_status" DEFAULT 'pendiente_aprobacion' NOT NULL,
	"account_id" uuid NOT NULL,
	"org_ruc" text NOT NULL,
	"org_ruc_kind" "ruc_kind" NOT NULL,
	"org_razon_social" text NOT NULL,
	"org_address" text NOT NULL,
	"org_phone" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_reason" text,
	"correction_fields" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ecuapass_registration_requests_reason_ck" CHECK ("ecuapass_registration_requests"."status" not in ('rechazada', 'correccion_solicitada') or "ecuapass_registration_requests"."decision_reason" is not null),
	CONSTRAINT "ecuapass_registration_requests_ruc_ck" CHECK ("ecuapass_registration_requests"."org_ruc" ~ '^[0-9]{13}$')
);
--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ADD CONSTRAINT "ecuapass_registration_requests_account_id_ecuapass_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ecuapass_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecuapass_registration_requests" ADD CONSTRAINT "ecuapass_registration_requests_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ecuapass_registration_requests_account_uq" ON "ecuapass_registration_requests" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "ecuapass_registration_requests_queue_idx" ON "ecuapass_registration_requests" USING btree ("status","type","submitted_at");--> statement-breakpoint
CREATE INDEX "ecuapass_registration_requests_org_ruc_idx" ON "ecuapass_registration_requests" USING btree ("org_ruc");