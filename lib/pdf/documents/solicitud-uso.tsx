import { Text, View } from "@react-pdf/renderer";
import { formatDateTimeNumeric } from "../../format/dates";
import { DocumentFrame, Row, Section, SignatureBlock, styles } from "./frame";
import type { SolicitudUsoPdfData, SolicitudUsoPdfStamp } from "./types";

/**
 * Ecuapass "Solicitud de uso" (issue 19): the request of a type SENAE approves, every datum the
 * applicant filed, and the declaration the applicant signs electronically with a certificate of
 * their own (the expected signer is the applicant's document number).
 */
export function SolicitudUsoDocument({ data, stamp }: { data: SolicitudUsoPdfData; stamp: SolicitudUsoPdfStamp }) {
  const { applicant, organization } = data;
  const title = "Solicitud de uso del portal Ecuapass";
  return (
    <DocumentFrame
      agency="SERVICIO NACIONAL DE ADUANA DEL ECUADOR (SENAE) — PORTAL ECUAPASS"
      author="Servicio Nacional de Aduana del Ecuador"
      title={title}
      subtitle={`Tipo de registro: ${data.typeLabel}`}
      reference={`Solicitud de uso · ID.usuario ${applicant.userId}`}
      documentTitle={`${title} — ${applicant.userId}`}
      stamp={stamp}
    >
      <Row label="Fecha y hora" value={formatDateTimeNumeric(data.issuedAt)} />
      <Row label="La aprueba" value={data.approverLabel} />

      <Section title="Datos del solicitante">
        <Row label="ID.usuario" value={applicant.userId} />
        <Row label="Nombre" value={applicant.fullName} />
        <Row label="Documento de identificación" value={`${applicant.docLabel} ${applicant.docNumber}`} />
        <Row label="Correo electrónico" value={applicant.email} />
        <Row label="Teléfono" value={applicant.phone} />
        <Row label="Celular" value={applicant.mobile} />
        <Row label="País, provincia y ciudad" value={applicant.location} />
        <Row label="Dirección" value={applicant.address} />
      </Section>

      {organization ? (
        <Section title={organization.title}>
          <Row label="RUC" value={organization.ruc} />
          <Row label="Tipo de contribuyente" value={organization.rucKindLabel} />
          <Row label="Razón social" value={organization.razonSocial} />
          <Row label="Dirección" value={organization.address} />
          <Row label="Teléfono" value={organization.phone} />
        </Section>
      ) : null}

      {data.details.length > 0 ? (
        <Section title={`Datos propios del registro como ${data.typeLabel}`}>
          {data.details.map((row) => (
            <Row key={row.label} label={row.label} value={row.value} />
          ))}
        </Section>
      ) : null}

      <View style={styles.section} wrap={false}>
        <Text style={styles.paragraph}>
          {/* One string: where JSX splits text around a value, the layout may break a number from the
              punctuation after it (see solicitud.tsx). */}
          {[
            `Yo, ${applicant.fullName}, con ${applicant.docLabel.toLowerCase()}\u00a0${applicant.docNumber}, solicito al Servicio Nacional de Aduana del Ecuador `,
            `el registro y el uso del portal Ecuapass como ${data.typeLabel}`,
            organization ? ` de ${organization.razonSocial}, con RUC\u00a0${organization.ruc}` : "",
            `, con el ID.usuario ${applicant.userId}. Declaro que la información de esta solicitud y de los documentos que la respaldan es `,
            "verdadera; que el ID.usuario y la contraseña son personales e intransferibles y respondo por su uso; y que firmo ",
            "electrónicamente esta solicitud con un certificado de firma electrónica emitido a mi nombre por una entidad de ",
            "certificación acreditada en el Ecuador.",
          ].join("")}
        </Text>
        <Text style={[styles.paragraph, { fontSize: 8.5, color: "#4a4a4a" }]}>
          Firme este documento electrónicamente sin modificarlo (por ejemplo, con FirmaEC) y suba el archivo firmado en «Mi página» del
          portal. Un documento impreso y firmado a mano no reemplaza la firma electrónica.
        </Text>
        <SignatureBlock signers={[{ caption: "Solicitante (firma electrónica)", name: applicant.fullName, cedula: applicant.docNumber, docLabel: applicant.docLabel }]} />
      </View>
    </DocumentFrame>
  );
}
