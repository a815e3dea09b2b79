import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PhaseBanner } from "@/components/phase-banner";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getEnv } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ventanilla — Registro en servicios electrónicos", template: "%s — Ventanilla" },
  description: "Registro de usuarios para los servicios electrónicos del Ecuador: Ecuapass (SENAE) y SEPS.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b3d91" };

// Every page renders per request so that Next.js puts the proxy's CSP nonce on its scripts
// (a prerendered page's scripts would carry no nonce and be blocked by the policy).
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es-EC">
      <body>
        <a className="skip-link" href="#contenido">
          Saltar al contenido principal
        </a>
        <SiteHeader />
        <PhaseBanner phase={getEnv().SITE_PHASE} />
        <main id="contenido" className="page" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
