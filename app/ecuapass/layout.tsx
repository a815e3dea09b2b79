import type { ReactNode } from "react";
import { ServiceBar } from "@/components/service-bar";
import "./ecuapass.css";

export default function EcuapassLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <ServiceBar service="Ecuapass" institution="Servicio Nacional de Aduana del Ecuador (SENAE)" />
      {children}
    </>
  );
}
