import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { formatDatePadded } from "../../format/dates";
import type { SepsPdfStamp } from "./types";

export const FONT = "DejaVu Sans";

export const styles = StyleSheet.create({
  page: { fontFamily: FONT, fontSize: 9.5, lineHeight: 1.4, paddingTop: 34, paddingBottom: 60, paddingHorizontal: 46, color: "#1b1b1b" },
  header: { borderBottomWidth: 2, borderBottomColor: "#0b3d91", paddingBottom: 6, marginBottom: 12 },
  agency: { fontSize: 8.5, color: "#0b3d91", fontWeight: 700 },
  title: { fontSize: 14, fontWeight: 700, marginTop: 4, marginBottom: 3, lineHeight: 1.25 },
  subtitle: { fontSize: 9, color: "#4a4a4a" },
  section: { marginTop: 8 },
  sectionTitle: { fontSize: 10.5, fontWeight: 700, backgroundColor: "#e8eef9", paddingVertical: 3, paddingHorizontal: 5, marginBottom: 4 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#d0d0d0", paddingVertical: 1.5 },
  label: { width: "38%", fontWeight: 700, paddingRight: 6 },
  value: { width: "62%" },
  paragraph: { marginBottom: 5, textAlign: "justify" },
  bullet: { flexDirection: "row", marginBottom: 3 },
  bulletMark: { width: 10 },
  bulletText: { flex: 1, textAlign: "justify" },
  tableHead: { flexDirection: "row", backgroundColor: "#f0f2f5", fontWeight: 700, paddingVertical: 3, borderBottomWidth: 0.5 },
  tableRow: { flexDirection: "row", paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: "#d0d0d0" },
  signatures: { flexDirection: "row", justifyContent: "space-around", marginTop: 40 },
  signature: { width: "44%", alignItems: "center" },
  signatureLine: { borderTopWidth: 0.8, borderTopColor: "#1b1b1b", width: "100%", marginBottom: 3 },
  footer: { position: "absolute", bottom: 20, left: 46, right: 46, borderTopWidth: 0.5, borderTopColor: "#767676", paddingTop: 4, fontSize: 7.5, color: "#4a4a4a" },
});

/** A4 pages with the SEPS header and, on every page, the request number, date and verification code. */
export function SepsDocument({
  title,
  subtitle,
  stamp,
  children,
}: {
  title: string;
  subtitle?: string;
  stamp: SepsPdfStamp;
  children: ReactNode;
}) {
  return (
    <DocumentFrame
      agency="SUPERINTENDENCIA DE ECONOMÍA POPULAR Y SOLIDARIA — ACCESOS A LOS SERVICIOS ELECTRÓNICOS DE LA SEPS"
      author="Superintendencia de Economía Popular y Solidaria"
      title={title}
      subtitle={subtitle}
      reference={`Solicitud ${stamp.number}`}
      documentTitle={`${title} — ${stamp.number}`}
      stamp={stamp}
    >
      {children}
    </DocumentFrame>
  );
}

/**
 * Any generated document: the agency's header, and on every page the reference, the date and the
 * verification code with the address where anyone can check it (SEPS and Ecuapass alike).
 */
export function DocumentFrame({
  agency,
  author,
  title,
  subtitle,
  reference,
  documentTitle,
  stamp,
  children,
}: {
  agency: string;
  author: string;
  title: string;
  subtitle?: string;
  /** The first footer line, before the date ("Solicitud SEPS-2026-000123"). */
  reference: string;
  /** The PDF's own title (its metadata). */
  documentTitle: string;
  stamp: Pick<SepsPdfStamp, "issuedAt" | "verificationCode" | "verifyUrl">;
  children: ReactNode;
}) {
  return (
    <Document title={documentTitle} author={author} language="es-EC" creator="Ventanilla">
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <Text style={styles.agency}>{agency}</Text>
          <Text style={styles.title}>{title}</Text>
          {subtitle ? <Text style={styles.subtitle}>{subtitle}</Text> : null}
        </View>
        {children}
        <View style={styles.footer} fixed>
          <Text>
            {reference} · {formatDatePadded(stamp.issuedAt)}
          </Text>
          <Text>
            Código de verificación: {stamp.verificationCode} · Verifique su autenticidad en {stamp.verifyUrl}
          </Text>
        </View>
      </Page>
    </Document>
  );
}

export function Section({ title, children, wrap = true }: { title: string; children: ReactNode; wrap?: boolean }) {
  return (
    <View style={styles.section} wrap={wrap}>
      <Text style={styles.sectionTitle} minPresenceAhead={48}>
        {title}
      </Text>
      {children}
    </View>
  );
}

export function Row({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.value}>{value}</Text>
    </View>
  );
}

export function Bullet({ children }: { children: ReactNode }) {
  return (
    <View style={styles.bullet}>
      <Text style={styles.bulletMark}>•</Text>
      <Text style={styles.bulletText}>{children}</Text>
    </View>
  );
}

export function SignatureBlock({ signers }: { signers: { caption: string; name: string; cedula: string; docLabel?: string }[] }) {
  return (
    <View style={styles.signatures} wrap={false}>
      {signers.map((signer) => (
        <View key={signer.caption + signer.cedula} style={styles.signature}>
          <View style={styles.signatureLine} />
          <Text style={{ fontWeight: 700 }}>{signer.name}</Text>
          <Text>
            {signer.docLabel ?? "C.C."} {signer.cedula}
          </Text>
          <Text>{signer.caption}</Text>
        </View>
      ))}
    </View>
  );
}

export const yesNo = (value: boolean) => (value ? "Sí" : "No");
