import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Registro de usuario — Ecuapass" };

// The seven registration types of SENAE-ISEE-3-2-006 §5.2, with the document's descriptions.
// Only the general user's registration is offered online here.
const TYPES = [
  {
    title: "Solicitud de registro de usuario de Representante de Comercio Exterior",
    description:
      "Permite el registro de la información de la empresa al igual que la del representante legal o persona natural para poder acceder a todas las opciones que le permitan administrar tanto a los empleados que se registren, como las funciones y perfiles que estos tendrían en el sistema informático Ecuapass. El sistema permite el registro de más de un representante legal. Este registro requiere aprobación del SENAE.",
  },
  {
    title: "Solicitud de registro de usuario de Empleado",
    description:
      "Permite el registro de la información del empleado de la empresa en la cual labora. El mismo podrá acceder a todas las opciones que el representante legal le otorgue. El sistema permite el registro de más de un empleado. Este registro requiere aprobación de su representante legal.",
  },
  {
    title: "Solicitud de registro para Usuario General",
    description:
      "Permite el registro de un ciudadano para que pueda acceder a opciones que contienen información pública relacionada al comercio exterior tales como: Consulta del Arancel, Mi página, entre otras.",
    href: "/ecuapass/registro/usuario-general",
  },
  {
    title: "Solicitud de registro de usuario para Representantes de Entidades Públicas",
    description:
      "Permite el registro de la información de la Entidad Pública al igual que la del representante legal (máxima autoridad) o de un funcionario previamente delegado por el representante, quien actuará ante el SENAE como la máxima autoridad, para poder acceder a todas las opciones que tiene el sistema informático Ecuapass. El sistema permite el registro de más de un representante de la entidad. Este registro requiere aprobación del SENAE.",
  },
  {
    title: "Solicitud de registro de usuario para Funcionarios de Entidades Públicas",
    description:
      "Permite el registro de la información del Funcionario Público de la entidad. El mismo podrá acceder a todas las opciones que el representante legal (máxima autoridad) o su delegado le otorgue previo aprobación de este. El sistema permite el registro de más de un funcionario público. Este registro requiere de la aprobación de su representante legal.",
  },
  {
    title: "Solicitud de registro de usuario para Organismos Internacionales",
    description:
      "Permite el registro de la información de Organismos Internacionales al igual que del funcionario delegado por el representante, quien actuará ante el SENAE como la máxima autoridad, para poder acceder a todas las opciones que tiene el sistema informático Ecuapass. El sistema permite el registro de más de un representante.",
  },
  {
    title: "Registro de Usuario Persona con Discapacidad",
    description:
      'Permite el registro de la información de una persona natural con discapacidad al igual que la del representante legal para poder acceder al formulario "Certificado 420 para la Importación de Bienes" que se registre en el sistema informático Ecuapass. Este registro requiere aprobación del SENAE.',
  },
] as const;

// The types a person can file here today come first; the others follow, clearly marked.
const AVAILABLE = TYPES.filter((type) => "href" in type);
const NOT_YET = TYPES.filter((type) => !("href" in type));

export default function RegistroPage() {
  return (
    <>
      <h1>Registro de usuario</h1>
      <p className="lead">
        Gracias por visitar el Portal del SENAE. En el Portal del SENAE podrá realizar todas las operaciones de despacho
        en una vez. El portal les ofrece un servicio limpio y transparente.
      </p>

      <h2>Disponible en línea</h2>
      <ul className="registration-types">
        {AVAILABLE.map((type, index) => (
          <li key={type.title} className="card registration-types__available">
            <h3 id={`tipo-disponible-${index}`} className="registration-types__title">
              {type.title}
            </h3>
            <p>{type.description}</p>
            <p>
              <Link className="button" href={type.href} aria-describedby={`tipo-disponible-${index}`}>
                Iniciar la solicitud
              </Link>{" "}
              <span className="tag tag--success">Disponible en línea</span>
            </p>
          </li>
        ))}
      </ul>

      <h2>Otros tipos de registro</h2>
      <p>
        Se clasifica el registro de usuario por <strong>usuarios del despacho</strong> y{" "}
        <strong>usuario de servicio adicional</strong>. Estos tipos todavía no se pueden solicitar en este sitio.
      </p>
      <ul className="registration-types">
        {NOT_YET.map((type) => (
          <li key={type.title} className="card">
            <h3 className="registration-types__title">{type.title}</h3>
            <p>{type.description}</p>
            <p>
              <span className="tag tag--muted">No disponible en línea todavía</span>
            </p>
          </li>
        ))}
      </ul>
      <p>
        ¿Ya tiene usuario? <Link href="/ecuapass/ingresar">Ingresar a Ecuapass</Link>
      </p>
    </>
  );
}
