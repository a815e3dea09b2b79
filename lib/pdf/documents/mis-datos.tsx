import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { PersonalDataReport } from "@/lib/privacy/personal-data";
import { formatDateTimeNumeric as formatDateTime } from "../../format/dates";
import { styles } from "./frame";

// "Mis datos" as a readable PDF: every datum with its source, the consents, the activity and the
// access log, as of the moment it was generated. Plain data in, no database.

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const shown = (value: string) => (ISO.test(value) ? formatDateTime(value) : value);

function Table({ head, rows, widths }: { head: string[]; rows: string[][]; widths: string[] }) {
  return (
    <View>
      <View style={styles.tableHead} fixed>
        {head.map((h, i) => (
          <Text key={h} style={{ width: widths[i], paddingHorizontal: 3 }}>
            {h}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={styles.tableRow} wrap={false}>
          {row.map((cell, i) => (
            <Text key={i} style={{ width: widths[i], paddingHorizontal: 3 }}>
              {cell}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

export function MisDatosDocument({ report }: { report: PersonalDataReport }) {
  return (
    <Document title={`Mis datos — ${report.holder.fullName}`} author={report.service} language="es-EC" creator="Ventanilla">
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <Text style={styles.agency}>{report.service.toUpperCase()} — DERECHO DE ACCESO A SUS DATOS PERSONALES (LOPDP)</Text>
          <Text style={styles.title}>Mis datos: {report.holder.fullName}</Text>
          <Text style={styles.subtitle}>
            Usuario {report.holder.username} · Generado el {formatDateTime(report.generatedAt)}
          </Text>
        </View>
        {report.sections.map((section) => (
          <View key={section.title} style={styles.section}>
            <Text style={styles.sectionTitle}>{section.title}</Text>
            <Table head={["Dato", "Valor", "Origen"]} widths={["28%", "38%", "34%"]} rows={section.items.map((i) => [i.label, shown(i.value), i.source])} />
          </View>
        ))}
        <View style={styles.section}>
          <Text style={styles.sectionTitle}>Consentimientos</Text>
          {report.consents.length === 0 ? (
            <Text style={styles.paragraph}>No hay consentimientos registrados: sus datos se tratan para prestar el servicio que usted solicitó.</Text>
          ) : (
            <Table
              head={["Documento", "Versión", "Resumen SHA-256", "Fecha"]}
              widths={["34%", "12%", "36%", "18%"]}
              rows={report.consents.map((c) => [`${c.document} (${c.context})`, c.version, c.hash, formatDateTime(c.at)])}
            />
          )}
        </View>
        <View style={styles.section}>
          <Text style={styles.sectionTitle}>Quién del personal consultó su ficha</Text>
          {report.accessLog.length === 0 ? (
            <Text style={styles.paragraph}>Nadie del personal ha consultado su ficha.</Text>
          ) : (
            <Table head={["Fecha", "Persona", "Qué consultó"]} widths={["25%", "40%", "35%"]} rows={report.accessLog.map((a) => [formatDateTime(a.at), a.staffName, a.context])} />
          )}
        </View>
        <View style={styles.section}>
          <Text style={styles.sectionTitle}>Actividad registrada</Text>
          <Table head={["Fecha", "Evento", "Dirección IP"]} widths={["25%", "50%", "25%"]} rows={report.activity.map((a) => [formatDateTime(a.at), a.action, a.ip ?? "—"])} />
        </View>
        <View style={styles.footer} fixed>
          <Text render={({ pageNumber, totalPages }) => `Mis datos — ${report.holder.username} · Página ${pageNumber} de ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}
