import type { Metadata } from "next";
import { SepsLinkPage } from "../../activar/link-page";
import { resetSepsPasswordAction } from "../../activar/actions";

export const metadata: Metadata = { title: "Restablecer contraseña — SEPS", referrer: "same-origin" };
export const dynamic = "force-dynamic";

export default async function ResetSepsPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <SepsLinkPage purpose="seps_reset" token={token} action={resetSepsPasswordAction} />;
}
