import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { VerificationCodeForm, typedVerificationCode } from "@/components/documents/verification";

export const metadata: Metadata = { title: "Verificar un documento de la SEPS" };

export default async function VerifyStartPage({ searchParams }: { searchParams: Promise<{ codigo?: string | string[] }> }) {
  const { code, typed, invalid } = typedVerificationCode((await searchParams).codigo);
  if (code) redirect(`/seps/verificar/${code}`);
  return (
    <>
      <h1>Verificar un documento</h1>
      <p className="lead">
        Cada página de los documentos generados por la «Solicitud de usuario y clave» lleva un código de verificación. Escríbalo
        para comprobar que el documento fue emitido por este servicio.
      </p>
      <VerificationCodeForm typed={typed} invalid={invalid} />
    </>
  );
}
