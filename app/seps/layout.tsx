import type { ReactNode } from "react";
import { ServiceBar } from "@/components/service-bar";

export default function SepsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <ServiceBar service="Servicios electrónicos de la SEPS" institution="Superintendencia de Economía Popular y Solidaria (SEPS)" />
      {children}
    </>
  );
}
