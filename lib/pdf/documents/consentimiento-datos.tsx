import { Text, View } from "@react-pdf/renderer";
import { Bullet, Row, Section, SepsDocument, SignatureBlock, styles } from "./frame";
import type { SepsPdfData, SepsPdfStamp } from "./types";

/** "Consentimiento informado de tratamiento de datos personales" (LOPDP arts. 7, 8 and 12), signed by the user. */
export function ConsentimientoDatosDocument({ data, stamp }: { data: SepsPdfData; stamp: SepsPdfStamp }) {
  const notice = data.privacyNotice;
  const { user } = data;
  return (
    <SepsDocument
      title={notice.title}
      subtitle={`Ley Orgánica de Protección de Datos Personales, arts. 7, 8 y 12 — versión ${notice.version}`}
      stamp={stamp}
    >
      <Section title="Titular de los datos">
        <Row label="Nombres Completos" value={user.name} />
        <Row label="Cédula de Ciudadanía / Identidad" value={user.cedula} />
        <Row label="Correo electrónico" value={user.email} />
      </Section>

      <Section title="Responsable del tratamiento y contactos">
        <Text style={styles.paragraph}>
          {notice.controller.name}, {notice.controller.address}.
        </Text>
        {notice.controller.contacts.map((contact) => (
          <Bullet key={contact}>{contact}</Bullet>
        ))}
      </Section>

      <Section title="Finalidades y base legal">
        {notice.purposes.map((p, i) => (
          <View key={p.purpose} style={{ marginBottom: 4 }} wrap={false}>
            <Text style={{ fontWeight: 700 }}>
              {i + 1}. {p.purpose}
            </Text>
            <Text style={styles.paragraph}>Base legal: {p.legalBasis}</Text>
          </View>
        ))}
      </Section>

      <Section title="Datos personales tratados">
        {notice.data.map((d) => (
          <Bullet key={d}>{d}</Bullet>
        ))}
      </Section>

      <Section title="Conservación">
        <Text style={styles.paragraph}>{notice.retention}</Text>
      </Section>

      <Section title="Destinatarios y transferencias">
        {notice.recipients.map((r) => (
          <Bullet key={r}>{r}</Bullet>
        ))}
      </Section>

      <Section title="Consecuencias de no entregar los datos o de negarse">
        <Text style={styles.paragraph}>{notice.consequences}</Text>
      </Section>

      <Section title="Sus derechos y cómo ejercerlos">
        {notice.rights.map((r) => (
          <Bullet key={r.name}>
            {r.name}: {r.description}
          </Bullet>
        ))}
        <Text style={styles.paragraph}>{notice.howToExercise}</Text>
      </Section>

      <Section title="Dónde reclamar">
        <Text style={styles.paragraph}>{notice.complaint}</Text>
      </Section>

      <View wrap={false}>
        <Text style={[styles.paragraph, { marginTop: 10, fontWeight: 700 }]}>{notice.consent}</Text>
        <Text style={{ fontSize: 7 }}>Huella del texto (SHA-256): {data.privacyNoticeHash}</Text>
        <SignatureBlock signers={[{ caption: "Titular de los datos (usuario de la clave)", name: user.name, cedula: user.cedula }]} />
      </View>
    </SepsDocument>
  );
}
