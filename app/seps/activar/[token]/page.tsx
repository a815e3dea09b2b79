import type { Metadata } from "next";
import { SepsLinkPage } from "../link-page";
import { activateSepsAccountAction } from "../actions";

export const metadata: Metadata = { title: "Generar su contraseña — SEPS", referrer: "same-origin" };
export const dynamic = "force-dynamic";

export default async function ActivateSepsAccountPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <SepsLinkPage purpose="seps_activation" token={token} action={activateSepsAccountAction} />;
}
