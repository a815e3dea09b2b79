import type { Metadata } from "next";
import Link from "next/link";
import { PrivacyNoticeText } from "@/app/seps/solicitud/privacy-notice-text";
import { PRIVACY_NOTICE } from "@/lib/seps/privacy-notice";

export const metadata: Metadata = { title: "Privacidad y datos personales" };

export default function PrivacyPage() {
  return (
    <>
      <h1>Privacidad y datos personales</h1>
      <p className="lead">
        Qué datos pide cada trámite, para qué, quién es responsable y cómo ejercer sus derechos según la Ley Orgánica de
        Protección de Datos Personales (LOPDP).
      </p>

      <h2>Lo común a todo el sitio</h2>
      <ul>
        <li>
          Solo se piden los datos que el trámite necesita. No se venden ni se usan con fines comerciales.
        </li>
        <li>
          El sitio usa únicamente las cookies necesarias para mantener su sesión iniciada y proteger los formularios. No
          usa cookies de analítica ni de publicidad.
        </li>
        <li>
          Las contraseñas no se guardan: se guarda una huella (argon2id) de la que no se puede obtener la contraseña. Los
          códigos y enlaces que enviamos por correo también se guardan solo como huellas, y sirven una sola vez.
        </li>
        <li>
          Con su cuenta abierta, «Mis datos» (en Mi página de Ecuapass o en el casillero de la SEPS) muestra todo lo que
          guardamos sobre usted, permite descargarlo y pedir su eliminación.
        </li>
        <li>
          Se registran la dirección IP, la fecha y la hora de las acciones importantes, para la seguridad del servicio y
          la auditoría.
        </li>
      </ul>

      <h2>Ecuapass: registro de Usuario General</h2>
      <p>
        Responsable: Servicio Nacional de Aduana del Ecuador (SENAE). Datos: documento de identidad, nombres, correo
        electrónico, teléfonos, dirección y los datos que pide el formulario. Finalidad: crear y administrar su usuario
        para consultar la información pública de comercio exterior del portal Ecuapass. Base legal: la misión de
        interés público del SENAE y su consentimiento al registrarse (LOPDP, art. 7). Puede ejercer sus derechos de
        acceso, rectificación, eliminación, oposición y portabilidad por los canales de atención publicados en{" "}
        <a href="https://www.aduana.gob.ec" rel="noopener noreferrer">www.aduana.gob.ec</a>.
      </p>

      <h2>SEPS: solicitud de usuario y clave</h2>
      <p>
        Este es el aviso que la solicitud muestra y que se imprime en el documento «{PRIVACY_NOTICE.title}» (versión{" "}
        {PRIVACY_NOTICE.version}).
      </p>
      <PrivacyNoticeText />

      <p>
        ¿Dudas? Vea <Link href="/ayuda">Ayuda y contacto</Link>.
      </p>
    </>
  );
}
