import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Términos de uso" };

export default function TermsPage() {
  return (
    <>
      <h1>Términos de uso</h1>
      <p className="lead">Las reglas para usar Ventanilla. Al registrarse o enviar una solicitud, usted las acepta.</p>

      <h2>Qué es este sitio</h2>
      <p>
        Ventanilla recibe registros de usuarios para los servicios electrónicos del Servicio Nacional de Aduana del
        Ecuador (SENAE, Ecuapass) y de la Superintendencia de Economía Popular y Solidaria (SEPS). Cada institución decide
        sobre los trámites de su servicio según sus normas; este sitio solo los recibe y los entrega.
      </p>
      <p>
        Si el sitio muestra la etiqueta <strong>Demostración</strong> bajo la cabecera, es una versión de prueba: los
        datos son ficticios y los trámites no tienen validez ante ninguna institución.
      </p>

      <h2>Sus compromisos</h2>
      <ul>
        <li>Dar información verdadera, completa y propia, o de quien le autorizó a hacer el trámite.</li>
        <li>
          Guardar en secreto su contraseña y los enlaces privados que recibe por correo: quien los tenga puede actuar en su
          nombre. Si sospecha que alguien los conoce, cambie la contraseña de inmediato.
        </li>
        <li>Subir solo documentos auténticos, firmados por las personas que corresponden.</li>
        <li>No intentar acceder a datos de otras personas ni afectar el funcionamiento del servicio.</li>
      </ul>
      <p>
        Dar información falsa o usar documentos adulterados puede causar el rechazo del trámite o la desactivación del
        usuario, sin perjuicio de las responsabilidades legales que correspondan.
      </p>

      <h2>Disponibilidad</h2>
      <p>
        Procuramos que el servicio esté disponible siempre, pero puede interrumpirse por mantenimiento o fallas. Lo que ya
        guardó no se pierde; si una página indica que el servicio no está disponible, vuelva a intentarlo más tarde.
      </p>

      <h2>Datos personales</h2>
      <p>
        El tratamiento de sus datos se explica en <Link href="/privacidad">Privacidad y datos personales</Link>.
      </p>

      <h2>Ley aplicable</h2>
      <p>Estos términos se rigen por las leyes de la República del Ecuador.</p>
    </>
  );
}
