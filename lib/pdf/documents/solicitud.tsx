import { Text, View } from "@react-pdf/renderer";
import { formatDateTimeNumeric } from "../../format/dates";
import { Row, Section, SepsDocument, SignatureBlock, styles, yesNo } from "./frame";
import type { SepsPdfData, SepsPdfStamp } from "./types";

/** "Solicitud de usuario y clave": every datum of the request, signed by the legal representative. */
export function SolicitudDocument({ data, stamp }: { data: SepsPdfData; stamp: SepsPdfStamp }) {
  const { user, organization, proxy } = data;
  return (
    <SepsDocument
      title="Solicitud de usuario y clave de acceso a los servicios electrónicos de la SEPS"
      subtitle={`Formulario Solicitud Claves — Solicitud ${data.sectorLabel}`}
      stamp={stamp}
    >
      <Row label="Número de solicitud" value={data.number} />
      <Row label="Fecha y hora" value={formatDateTimeNumeric(data.issuedAt)} />

      <Section title="Sistemas Disponibles — roles solicitados">
        <View style={styles.tableHead} wrap={false}>
          <Text style={{ width: "46%", paddingHorizontal: 3 }}>Sistema / rol</Text>
          <Text style={{ width: "14%", paddingHorizontal: 3 }}>¿Solicita acceso?</Text>
          <Text style={{ width: "16%", paddingHorizontal: 3 }}>¿Solicita desactivación?</Text>
          <Text style={{ width: "24%", paddingHorizontal: 3 }}>Usuario a desactivar</Text>
        </View>
        {data.roles.map((role) => (
          <View key={role.name} style={styles.tableRow} wrap={false}>
            <View style={{ width: "46%", paddingHorizontal: 3 }}>
              <Text style={{ fontWeight: 700 }}>{role.name}</Text>
              <Text style={{ fontSize: 8 }}>{role.description}</Text>
            </View>
            <Text style={{ width: "14%", paddingHorizontal: 3 }}>{yesNo(role.requestAccess)}</Text>
            <Text style={{ width: "16%", paddingHorizontal: 3 }}>{yesNo(role.requestDeactivation)}</Text>
            <Text style={{ width: "24%", paddingHorizontal: 3 }}>
              {role.deactivateCedula ? `C.C. ${role.deactivateCedula}` : "—"}
            </Text>
          </View>
        ))}
      </Section>

      <Section title="Datos Personales del Usuario">
        <Row label="Tipo" value={user.type} />
        <Row label="Cédula de Ciudadanía / Identidad" value={user.cedula} />
        <Row label="Nombres Completos" value={user.name} />
        <Row label="Correo electrónico" value={user.email} />
        <Row label="¿Es empleado de la organización?" value={yesNo(user.isEmployee)} />
        <Row label="Función o cargo que desempeña" value={user.position} />
        {user.resolutionNumber ? <Row label="Número de Resolución Calificación" value={user.resolutionNumber} /> : null}
      </Section>

      <Section title="Datos de la Organización">
        <Row label="RUC" value={organization.ruc} />
        <Row label="Razón Social" value={organization.razonSocial} />
        <Row label="Correo de la organización" value={organization.email} />
        <Row label="Segmento / Nivel" value={organization.segmentoNivel} />
        <Row label="Cédula Rep. Legal" value={organization.legalRepCedula} />
        <Row label="Nombres Completos de Rep. Legal" value={organization.legalRepName} />
        <Row label="Correo del representante" value={organization.legalRepEmail} />
      </Section>

      <Section title="Datos de la persona que va a realizar el trámite">
        {proxy ? (
          <>
            <Row label="Cédula de Ciudadanía / Identidad" value={proxy.cedula} />
            <Row label="Nombres Completos" value={proxy.name} />
          </>
        ) : (
          <Text>No se autoriza a un tercero: el trámite lo realiza el propio usuario o el representante legal.</Text>
        )}
      </Section>

      <View style={styles.section} wrap={false}>
        <Text style={styles.paragraph}>
          {/* One string: where JSX splits text around a value, the layout may break a number from the
              comma after it and mark the break with a hyphen ("RUC 0198327433001-"). */}
          {[
            `En mi calidad de representante legal de ${organization.razonSocial}, con RUC\u00a0${organization.ruc}, registrado en la `,
            "Superintendencia de Economía Popular y Solidaria, solicito la creación del usuario y clave de acceso a los servicios ",
            `electrónicos de la SEPS para ${user.name}, con cédula\u00a0${user.cedula}, con los roles indicados`,
            data.roles.some((r) => r.requestDeactivation) ? ", y la desactivación de los usuarios señalados" : "",
            proxy ? `, y autorizo a ${proxy.name}, con cédula\u00a0${proxy.cedula}, a realizar este trámite` : "",
            ". Declaro que la información consignada es verdadera.",
          ].join("")}
        </Text>
        <SignatureBlock
          signers={[{ caption: "Representante legal", name: organization.legalRepName, cedula: organization.legalRepCedula }]}
        />
      </View>
    </SepsDocument>
  );
}
