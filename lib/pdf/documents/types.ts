// Plain data the SEPS documents are drawn from (no database rows, no functions).
import type { PrivacyNotice } from "@/lib/seps/privacy-notice";

export type SepsPdfRole = {
  name: string;
  description: string;
  requestAccess: boolean;
  requestDeactivation: boolean;
  /** The user to deactivate, as the applicant typed it (never matched against the holders here). */
  deactivateCedula: string | null;
};

export type SepsPdfData = {
  number: string;
  /** ISO date-time of the request. */
  issuedAt: string;
  sectorLabel: string;
  user: {
    type: string;
    cedula: string;
    name: string;
    email: string;
    isEmployee: boolean;
    position: string;
    resolutionNumber: string | null;
  };
  organization: {
    ruc: string;
    razonSocial: string;
    email: string;
    segmentoNivel: string;
    legalRepCedula: string;
    legalRepName: string;
    legalRepEmail: string;
  };
  proxy: { cedula: string; name: string } | null;
  roles: SepsPdfRole[];
  privacyNotice: PrivacyNotice;
  privacyNoticeHash: string;
};

/** What every page of one document carries: the request, the date and its own verification code. */
export type SepsPdfStamp = { number: string; issuedAt: string; verificationCode: string; verifyUrl: string };

/** The Ecuapass "Solicitud de uso" (issue 19): what the applicant filed, to be signed electronically. */
export type SolicitudUsoPdfData = {
  /** ISO date-time the request was saved. */
  issuedAt: string;
  typeLabel: string;
  approverLabel: string;
  applicant: {
    userId: string;
    fullName: string;
    /** "Cédula", "RUC", "Pasaporte". */
    docLabel: string;
    docNumber: string;
    email: string;
    phone: string;
    mobile: string;
    /** "Quito, Pichincha, Ecuador". */
    location: string;
    address: string;
  };
  organization: {
    /** "Datos de la empresa", "Datos de la entidad pública", "Datos del organismo internacional". */
    title: string;
    ruc: string;
    rucKindLabel: string;
    razonSocial: string;
    address: string;
    phone: string;
  } | null;
  /** The type's own sections, as describeRequestDetails labels them. */
  details: { label: string; value: string }[];
};

export type SolicitudUsoPdfStamp = { issuedAt: string; verificationCode: string; verifyUrl: string };
