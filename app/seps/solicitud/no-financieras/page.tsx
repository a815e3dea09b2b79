import type { Metadata } from "next";
import { RequestFormPage } from "../request-form-page";

export const metadata: Metadata = { title: "Solicitud Organizaciones No Financieras" };

export default function NonFinancialRequestPage() {
  return <RequestFormPage sector="no_financiera" />;
}
