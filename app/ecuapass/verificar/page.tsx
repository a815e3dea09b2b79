import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { VerificationCodeForm, typedVerificationCode } from "@/components/documents/verification";

export const metadata: Metadata = { title: "Verificar una Solicitud de uso — Ecuapass" };

export default async function VerifyStartPage({ searchParams }: { searchParams: Promise<{ codigo?: string | string[] }> }) {
  const { code, typed, invalid } = typedVerificationCode((await searchParams).codigo);
  if (code) redirect(`/ecuapass/verificar/${code}`);
  return (
    <>
      <h1>Verificar una Solicitud de uso</h1>
      <p className="lead">
        Cada página de la «Solicitud de uso del portal Ecuapass» lleva un código de verificación. Escríbalo para comprobar que el
        documento fue emitido por este servicio.
      </p>
      <VerificationCodeForm typed={typed} invalid={invalid} />
    </>
  );
}
