import type { Metadata } from "next";
import { RequestFormPage } from "../request-form-page";

export const metadata: Metadata = { title: "Solicitud Organizaciones Financieras" };

export default function FinancialRequestPage() {
  return <RequestFormPage sector="financiera" />;
}
