import { Text, View } from "@react-pdf/renderer";
import { Bullet, Row, Section, SepsDocument, SignatureBlock, styles } from "./frame";
import type { SepsPdfData, SepsPdfStamp } from "./types";

/** "Acuerdo de Confidencialidad" between the SEPS and the person who will use the key. */
export function AcuerdoConfidencialidadDocument({ data, stamp }: { data: SepsPdfData; stamp: SepsPdfStamp }) {
  const { user, organization } = data;
  const granted = data.roles.filter((role) => role.requestAccess);
  return (
    <SepsDocument title="Acuerdo de Confidencialidad" subtitle="Uso del usuario y clave de los servicios electrónicos de la SEPS" stamp={stamp}>
      <Text style={styles.paragraph}>
        {/* One string, so a number is never split from the punctuation after it (see solicitud.tsx). */}
        {[
          "Comparecen, por una parte, la Superintendencia de Economía Popular y Solidaria (en adelante, «la SEPS») y, por otra, ",
          `${user.name}, con cédula de ciudadanía / identidad ${user.cedula} (en adelante, «el usuario»), quien usará la clave `,
          `de acceso en nombre de ${organization.razonSocial}, RUC\u00a0${organization.ruc}, y acuerdan lo siguiente:`,
        ].join("")}
      </Text>

      <Section title="Usuario y roles">
        <Row label="Nombres Completos" value={user.name} />
        <Row label="Cédula de Ciudadanía / Identidad" value={user.cedula} />
        <Row label="Correo electrónico" value={user.email} />
        <Row label="Organización" value={`${organization.razonSocial} (RUC ${organization.ruc})`} />
        {granted.length ? (
          granted.map((role) => <Row key={role.name} label="Rol" value={`${role.name}. ${role.description}`} />)
        ) : (
          <Row label="Rol" value="Ninguno (la solicitud solo pide desactivaciones)." />
        )}
      </Section>

      <Section title="Cláusulas">
        <Bullet>
          PRIMERA. Objeto: el usuario recibirá un usuario (su número de cédula) y una clave personal e intransferible para acceder a
          los servicios electrónicos de la SEPS con los roles indicados, exclusivamente para los fines de la organización.
        </Bullet>
        <Bullet>
          SEGUNDA. Confidencialidad: el usuario mantendrá reserva sobre la información a la que acceda o que transmita por estos
          servicios, no la divulgará a terceros no autorizados y la usará solo para el cumplimiento de las obligaciones de la
          organización ante la SEPS. Esta obligación subsiste después de la desactivación del usuario.
        </Bullet>
        <Bullet>
          TERCERA. Custodia de la clave: la clave es personal. El usuario no la compartirá, no la anotará en lugares accesibles a
          otros y la cambiará de inmediato, mediante «Restablecer contraseña», si sospecha que otra persona la conoce.
        </Bullet>
        <Bullet>
          CUARTA. Responsabilidad: toda transacción realizada con el usuario y la clave se presume hecha por el usuario, quien
          responde por ella en los términos de la ley. La información remitida tiene el valor de una declaración de la organización.
        </Bullet>
        <Bullet>
          QUINTA. Registro y auditoría: el usuario conoce y acepta que la SEPS registra las acciones realizadas con la clave (fecha,
          hora, dirección IP y operación) para fines de seguridad y control.
        </Bullet>
        <Bullet>
          SEXTA. Vigencia y desactivación: el acuerdo rige desde la activación del usuario y hasta su desactivación. La organización
          solicitará la desactivación cuando el usuario deje de ejercer la función que justificó el rol.
        </Bullet>
        <Bullet>
          SÉPTIMA. Incumplimiento: el incumplimiento de este acuerdo da lugar a la desactivación inmediata del usuario, sin perjuicio
          de las acciones administrativas, civiles o penales que correspondan.
        </Bullet>
      </Section>

      <View wrap={false}>
        <Text style={[styles.paragraph, { marginTop: 10 }]}>
          Para constancia, el usuario suscribe el presente acuerdo, que la SEPS acepta al aprobar la solicitud {data.number}.
        </Text>
        <SignatureBlock signers={[{ caption: "Usuario de la clave", name: user.name, cedula: user.cedula }]} />
      </View>
    </SepsDocument>
  );
}
