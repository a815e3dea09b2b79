import "server-only";
import { sha256Hex } from "@/lib/security/tokens";

// The information the Ley Orgánica de Protección de Datos Personales (LOPDP) requires before
// collecting personal data (art. 12), the legal bases (art. 7) and the consent (art. 8). The
// form shows it, the "Consentimiento informado" PDF prints it, and each request stores the
// version and the hash of the text it was filed under. Changing any word here is a new version.

export type PrivacyPurpose = { purpose: string; legalBasis: string };

export type PrivacyNotice = {
  version: string;
  title: string;
  controller: { name: string; address: string; contacts: string[] };
  purposes: PrivacyPurpose[];
  data: string[];
  retention: string;
  recipients: string[];
  consequences: string;
  rights: { name: string; description: string }[];
  howToExercise: string;
  complaint: string;
  consent: string;
};

export const PRIVACY_NOTICE: PrivacyNotice = {
  version: "2026-01",
  title: "Consentimiento informado de tratamiento de datos personales",
  controller: {
    name: "Superintendencia de Economía Popular y Solidaria (SEPS)",
    address: "Quito, Distrito Metropolitano, Ecuador",
    contacts: [
      "Portal institucional: www.seps.gob.ec (sección Transparencia y atención ciudadana)",
      "Delegado de protección de datos personales de la SEPS, por los canales de atención publicados en www.seps.gob.ec",
    ],
  },
  purposes: [
    {
      purpose:
        "Verificar su identidad y su vinculación con la organización, y tramitar la solicitud de usuario y clave de acceso a los servicios electrónicos de la SEPS con los roles solicitados.",
      legalBasis:
        "Cumplimiento de una misión realizada en interés público y ejercicio de las potestades de supervisión y control conferidas a la SEPS por la Ley Orgánica de Economía Popular y Solidaria y el Código Orgánico Monetario y Financiero (LOPDP, art. 7).",
    },
    {
      purpose:
        "Crear, administrar, desactivar y auditar su usuario, sus roles y sus accesos (Casillero SEPS, SISGO, AGSEPS, envío de estructuras de información, liquidación), y registrar la actividad realizada con la clave.",
      legalBasis:
        "Cumplimiento de una misión realizada en interés público y de las obligaciones legales de seguridad de la información del responsable (LOPDP, arts. 7 y 37).",
    },
    {
      purpose:
        "Enviarle al correo electrónico registrado las notificaciones del trámite: el enlace privado de la solicitud, la decisión, el enlace de activación y los avisos de cambio de contraseña.",
      legalBasis: "Su consentimiento libre, específico, informado e inequívoco (LOPDP, arts. 7 y 8), que puede revocar en cualquier momento.",
    },
  ],
  data: [
    "Del usuario de la clave: cédula de ciudadanía o identidad, nombres completos, correo electrónico, si es empleado de la organización, función o cargo y, para auditores, número de resolución de calificación.",
    "Del representante legal: cédula, nombres completos y correo electrónico, tomados del catastro de organizaciones de la SEPS.",
    "De la persona autorizada para realizar el trámite, si la hay: cédula y nombres completos.",
    "Del trámite: dirección IP, fecha y hora de cada acción, y los documentos firmados que se suban.",
  ],
  retention:
    "Mientras el usuario y sus roles estén activos y, después, durante el plazo de conservación de la documentación administrativa que establecen las normas de gestión documental y archivo del sector público; luego se eliminan o anonimizan de forma segura.",
  recipients: [
    "No se venden ni se ceden a terceros con fines comerciales.",
    "Se comunican únicamente a autoridades competentes cuando lo exija una obligación legal o una orden judicial.",
    "Los proveedores de infraestructura tecnológica y de envío de correo electrónico actúan como encargados del tratamiento, por cuenta de la SEPS y bajo contrato de confidencialidad; no hay transferencias internacionales distintas de las que requiera dicho servicio, con las garantías de la LOPDP.",
  ],
  consequences:
    "Los datos solicitados son necesarios para tramitar la solicitud. Si no los entrega, no los entrega completos o no firma este consentimiento, la SEPS no podrá crear el usuario ni otorgar los roles solicitados.",
  rights: [
    { name: "Acceso", description: "conocer qué datos suyos trata la SEPS y cómo." },
    { name: "Rectificación y actualización", description: "corregir datos inexactos o incompletos." },
    { name: "Eliminación", description: "pedir que se supriman sus datos cuando ya no sean necesarios o el tratamiento no tenga base legal." },
    { name: "Oposición", description: "oponerse al tratamiento en los casos que prevé la ley." },
    { name: "Portabilidad", description: "recibir sus datos en un formato estructurado, de uso común y lectura mecánica." },
    { name: "Revocación del consentimiento", description: "retirar en cualquier momento el consentimiento dado para las notificaciones, sin efecto retroactivo." },
    { name: "Suspensión del tratamiento y a no ser objeto de decisiones automatizadas", description: "en los términos de la LOPDP." },
  ],
  howToExercise:
    "Presente una solicitud escrita a la SEPS, dirigida al delegado de protección de datos personales, por los canales de atención publicados en www.seps.gob.ec, con su nombre, cédula, el derecho que ejerce y una copia de su documento de identidad. La SEPS responderá en el plazo de quince (15) días que establece la LOPDP. El ejercicio de estos derechos es gratuito.",
  complaint:
    "Si considera que sus derechos no han sido atendidos, puede presentar un reclamo ante la Superintendencia de Protección de Datos Personales, autoridad de control de la LOPDP.",
  consent:
    "Declaro que he sido informado(a) de forma previa, clara y completa sobre el tratamiento de mis datos personales descrito en este documento, y otorgo mi consentimiento libre, específico, informado e inequívoco para dicho tratamiento.",
};

/** The SHA-256 of the notice's text as published: stored with each request. */
export const PRIVACY_NOTICE_HASH = sha256Hex(JSON.stringify(PRIVACY_NOTICE));

export function currentPrivacyNotice() {
  return { notice: PRIVACY_NOTICE, version: PRIVACY_NOTICE.version, hash: PRIVACY_NOTICE_HASH };
}
