import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Declaración de accesibilidad" };

export default function AccessibilityPage() {
  return (
    <>
      <h1>Declaración de accesibilidad</h1>
      <p className="lead">
        Queremos que cualquier persona pueda hacer estos trámites, también con lector de pantalla, solo con teclado, con
        ampliación o desde un teléfono.
      </p>

      <h2>Nivel de cumplimiento</h2>
      <p>
        El objetivo es el nivel AA de las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2, que incluye lo que
        exige la norma ecuatoriana NTE INEN-ISO/IEC 40500 (WCAG 2.0). El sitio cumple parcialmente: las excepciones
        conocidas están abajo.
      </p>

      <h2>Lo que hacemos</h2>
      <ul>
        <li>Cada campo tiene su etiqueta; los errores se anuncian junto al campo y en un resumen con enlaces al inicio del formulario.</li>
        <li>Todo se puede hacer con teclado, con el foco siempre visible, y hay un enlace para saltar al contenido.</li>
        <li>La verificación contra robots no pide leer imágenes: se resuelve sola en el navegador.</li>
        <li>Las páginas se adaptan a pantallas de 320 píxeles sin desplazamiento horizontal y admiten ampliación del texto.</li>
        <li>Pruebas automáticas con axe-core y pruebas de recorrido con teclado en cada cambio del sitio.</li>
      </ul>

      <h2>Limitaciones conocidas</h2>
      <ul>
        <li>
          Los documentos PDF que genera la solicitud de la SEPS no están etiquetados para lectores de pantalla. Su
          contenido es el mismo que el resumen que muestra la página de la solicitud, que sí es accesible.
        </li>
        <li>
          Los documentos que usted firma y sube deben tener una firma electrónica; la accesibilidad de las aplicaciones de
          firma no depende de este sitio.
        </li>
      </ul>

      <h2>Comunique un problema</h2>
      <p>
        Si encuentra una barrera, díganos en qué página, qué intentaba hacer y qué tecnología de apoyo usa, por los canales
        indicados en <Link href="/ayuda">Ayuda y contacto</Link>. Le ofreceremos otra forma de completar el trámite.
      </p>
      <p>Última revisión de esta declaración: noviembre de 2026.</p>
    </>
  );
}
