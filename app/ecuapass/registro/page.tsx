import type { Metadata } from "next";
import Link from "next/link";
import { APPROVER_LABEL, REGISTRATION_TYPE_INFO, type RegistrationType } from "@/lib/ecuapass/registration-types";

export const metadata: Metadata = { title: "Registro de usuario — Ecuapass" };

// The seven registration types of SENAE-ISEE-3-2-006 §5.2, with the document's descriptions. The
// general user's (active at once) comes first; the six that need an approval follow, each saying who approves.
const TYPES: { type: RegistrationType; title: string; description: string }[] = [
  {
    type: "usuario_general",
    title: "Solicitud de registro para Usuario General",
    description:
      "Permite el registro de un ciudadano para que pueda acceder a opciones que contienen información pública relacionada al comercio exterior tales como: Consulta del Arancel, Mi página, entre otras.",
  },
  {
    type: "representante_comercio_exterior",
    title: "Solicitud de registro de usuario de Representante de Comercio Exterior",
    description:
      "Permite el registro de la información de la empresa al igual que la del representante legal o persona natural para poder acceder a todas las opciones que le permitan administrar tanto a los empleados que se registren, como las funciones y perfiles que estos tendrían en el sistema informático Ecuapass. El sistema permite el registro de más de un representante legal. Este registro requiere aprobación del SENAE.",
  },
  {
    type: "empleado",
    title: "Solicitud de registro de usuario de Empleado",
    description:
      "Permite el registro de la información del empleado de la empresa en la cual labora. El mismo podrá acceder a todas las opciones que el representante legal le otorgue. El sistema permite el registro de más de un empleado. Este registro requiere aprobación de su representante legal.",
  },
  {
    type: "representante_entidad_publica",
    title: "Solicitud de registro de usuario para Representantes de Entidades Públicas",
    description:
      "Permite el registro de la información de la Entidad Pública al igual que la del representante legal (máxima autoridad) o de un funcionario previamente delegado por el representante, quien actuará ante el SENAE como la máxima autoridad, para poder acceder a todas las opciones que tiene el sistema informático Ecuapass. El sistema permite el registro de más de un representante de la entidad. Este registro requiere aprobación del SENAE.",
  },
  {
    type: "funcionario_entidad_publica",
    title: "Solicitud de registro de usuario para Funcionarios de Entidades Públicas",
    description:
      "Permite el registro de la información del Funcionario Público de la entidad. El mismo podrá acceder a todas las opciones que el representante legal (máxima autoridad) o su delegado le otorgue previo aprobación de este. El sistema permite el registro de más de un funcionario público. Este registro requiere de la aprobación de su representante legal.",
  },
  {
    type: "organismo_internacional",
    title: "Solicitud de registro de usuario para Organismos Internacionales",
    description:
      "Permite el registro de la información de Organismos Internacionales al igual que del funcionario delegado por el representante, quien actuará ante el SENAE como la máxima autoridad, para poder acceder a todas las opciones que tiene el sistema informático Ecuapass. El sistema permite el registro de más de un representante.",
  },
  {
    type: "persona_discapacidad",
    title: "Registro de Usuario Persona con Discapacidad",
    description:
      'Permite el registro de la información de una persona natural con discapacidad al igual que la del representante legal para poder acceder al formulario "Certificado 420 para la Importación de Bienes" que se registre en el sistema informático Ecuapass. Este registro requiere aprobación del SENAE.',
  },
];

function TypeCard({ type, title, description }: (typeof TYPES)[number]) {
  const info = REGISTRATION_TYPE_INFO[type];
  const id = `tipo-${info.slug}`;
  return (
    <li className={`card${info.approver === "ninguno" ? " registration-types__available" : ""}`}>
      <h3 id={id} className="registration-types__title">
        {title}
      </h3>
      <p>{description}</p>
      <p className="registration-types__approver">
        <strong>Aprueba:</strong> {APPROVER_LABEL[info.approver]}
      </p>
      <p>
        {/* The visible text starts the name (WCAG 2.5.3); the type tells the seven links apart. */}
        <Link className="button" href={`/ecuapass/registro/${info.slug}`} aria-label={`Iniciar la solicitud: ${info.label}`}>
          Iniciar la solicitud
        </Link>
      </p>
    </li>
  );
}

export default function RegistroPage() {
  const [immediate, ...approved] = TYPES;
  return (
    <>
      <h1>Registro de usuario</h1>
      <p className="lead">
        Gracias por visitar el Portal del SENAE. En el Portal del SENAE podrá realizar todas las operaciones de despacho
        en una vez. El portal les ofrece un servicio limpio y transparente.
      </p>
      <p>
        Se clasifica el registro de usuario por <strong>usuarios del despacho</strong> y{" "}
        <strong>usuario de servicio adicional</strong>. Por favor, registre según el tipo de usuario que corresponde.
      </p>

      <h2>Registro inmediato</h2>
      <ul className="registration-types">
        <TypeCard {...immediate!} />
      </ul>

      <h2>Registro con aprobación</h2>
      <p>
        Estos registros crean su usuario en estado «Pendiente de aprobación»: podrá ingresar para ver el estado de su
        solicitud, y usar el portal cuando quien corresponda la apruebe. Se le notificará por correo electrónico.
      </p>
      <ul className="registration-types">
        {approved.map((type) => (
          <TypeCard key={type.type} {...type} />
        ))}
      </ul>
      <p>
        ¿Ya tiene usuario? <Link href="/ecuapass/ingresar">Ingresar a Ecuapass</Link>
      </p>
    </>
  );
}
