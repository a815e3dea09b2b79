import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Ayuda y contacto" };

export default function HelpPage() {
  return (
    <>
      <h1>Ayuda y contacto</h1>
      <p className="lead">Respuestas a las dudas más frecuentes y a quién acudir cuando no basta.</p>

      <h2>¿Qué trámite debo hacer?</h2>
      <ul>
        <li>
          <strong>Ecuapass, Usuario General</strong>: si usted, como ciudadano, quiere consultar la información pública de
          comercio exterior (Arancel, e-docs, avisos). <Link href="/ecuapass/registro">Registrarse en Ecuapass</Link>.
        </li>
        <li>
          <strong>SEPS, usuario y clave</strong>: si una organización de la economía popular y solidaria necesita que una
          persona acceda a los servicios electrónicos de la Superintendencia con uno o más roles.{" "}
          <Link href="/seps/solicitud">Solicitar usuario y clave</Link>.
        </li>
      </ul>

      <h2>Preguntas frecuentes</h2>
      <h3>No me llega el correo con el código o el enlace</h3>
      <p>
        Revise la carpeta de correo no deseado y que la dirección que escribió sea la correcta. Los códigos y enlaces
        vencen: si pasó el plazo indicado en el mensaje, pida uno nuevo desde la misma página.
      </p>
      <h3>Olvidé mi contraseña</h3>
      <p>
        Usuarios de la SEPS: <Link href="/seps/restablecer">restablezca su contraseña</Link> con su cédula; el enlace
        llega al correo registrado. Usuarios de Ecuapass: <Link href="/ecuapass/restablecer">¿Olvidó su
        contraseña?</Link> con su ID.usuario.
      </p>
      <h3>¿En qué estado está mi solicitud de la SEPS?</h3>
      <p>
        Abra el enlace privado que recibió por correo al guardar la solicitud: muestra el estado, los documentos y, si la
        SEPS pidió una corrección, el motivo. ¿Lo perdió? <Link href="/seps/consulta">Consulte el estado</Link> con el
        número de la solicitud y la cédula del usuario, y pida que se lo enviemos de nuevo. La SEPS revisa las
        solicitudes remitidas en un plazo de cuatro días hábiles.
      </p>
      <h3>¿Cómo compruebo que un documento es auténtico?</h3>
      <p>
        Cada PDF generado lleva un código de verificación. Escríbalo en <Link href="/seps/verificar">Verificar un
        documento</Link>.
      </p>

      <h2>Contacto</h2>
      <p>Este sitio no atiende consultas por correo. Para temas de cada institución, use sus canales oficiales:</p>
      <ul>
        <li>
          Ecuapass: mesa de servicios del Servicio Nacional de Aduana del Ecuador (SENAE), en{" "}
          <a href="https://www.aduana.gob.ec" rel="noopener noreferrer">www.aduana.gob.ec</a>.
        </li>
        <li>
          Servicios electrónicos de la SEPS: atención ciudadana de la Superintendencia de Economía Popular y Solidaria, en{" "}
          <a href="https://www.seps.gob.ec" rel="noopener noreferrer">www.seps.gob.ec</a>.
        </li>
      </ul>
      <p>
        Para problemas de accesibilidad de este sitio, vea la <Link href="/accesibilidad">declaración de
        accesibilidad</Link>.
      </p>
    </>
  );
}
