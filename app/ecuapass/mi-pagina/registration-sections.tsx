import type { EcuapassRegistrationRequest } from "@/lib/db/schema";
import { formatDateTime } from "@/lib/format/dates";
import { formatFileSize } from "@/lib/format/size";
import { FUNCTION_SCOPE_FOR, listActiveFunctions, listLiveGrants } from "@/lib/ecuapass/functions";
import { listApprovedMembers, listPendingMembers, type OrganizationMember } from "@/lib/ecuapass/representative-decisions";
import { describeRequestDetails } from "@/lib/ecuapass/request-details";
import { REGISTRATION_TYPE_INFO } from "@/lib/ecuapass/registration-types";
import { findActiveRepresentative, isRepresentedType, type ActiveRepresentative } from "@/lib/ecuapass/representatives";
import { DOC_TYPES } from "@/lib/ecuapass/rules";
import { ApproveMemberForm, GrantMoreForm, RejectMemberForm, RevokeFunctionForm, type CatalogueFunction } from "./member-forms";
import { SummaryList } from "@/components/summary-list";

// "Mi página" of an approved account of a type other than the general user (issue 19): what its
// type grants, and for an active representative its organization's employees or officials.

function Organization({ request }: { request: EcuapassRegistrationRequest }) {
  if (!request.orgRuc) return null;
  return <SummaryList rows={[["Organización", request.orgRazonSocial], ["RUC", request.orgRuc]]} />;
}

/** Where the 420 certificate is filed: this site registers the account, SENAE's portal takes the form. */
function Certificate420() {
  return (
    <>
      <h3>Certificado 420 para la Importación de Bienes</h3>
      <p>
        Con su registro aprobado puede llenar y presentar el formulario «Certificado 420 para la Importación de Bienes», con el que una
        persona con discapacidad (o su representante legal) solicita importar bienes para su uso exclusivo con la exoneración de tributos
        al comercio exterior que reconoce la Ley Orgánica de Discapacidades.
      </p>
      <p>
        El formulario se llena y se presenta en el portal Ecuapass del SENAE (ecuapass.aduana.gob.ec), ingresando con este mismo ID.usuario
        y contraseña, y se firma con su firma electrónica. Este sitio registra su cuenta; no tramita el formulario.
      </p>
    </>
  );
}

async function MyFunctions({ accountId, request }: { accountId: string; request: EcuapassRegistrationRequest }) {
  const functions = await listLiveGrants([accountId]);
  const granter = request.type === "empleado" ? "el representante de la empresa" : "el representante de la entidad";
  return (
    <>
      <Organization request={request} />
      <h3>Mis funciones</h3>
      {functions.length === 0 ? (
        <p>Por ahora no tiene funciones asignadas. Las asigna {granter}.</p>
      ) : (
        <ul className="services" aria-label="Mis funciones">
          {functions.map((f) => (
            <li key={f.functionId}>
              <strong>{f.name}</strong>: {f.description}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">Estas funciones las asigna y las retira {granter}. Se usan en el portal Ecuapass del SENAE.</p>
    </>
  );
}

/** What the account's type grants, by type. */
async function GrantsSection({ accountId, request }: { accountId: string; request: EcuapassRegistrationRequest }) {
  const info = REGISTRATION_TYPE_INFO[request.type];
  return (
    <section className="card" aria-labelledby="mi-registro">
      <h2 id="mi-registro">Lo que le permite su registro como {info.label}</h2>
      {isRepresentedType(request.type) ? (
        <MyFunctions accountId={accountId} request={request} />
      ) : request.type === "persona_discapacidad" ? (
        <Certificate420 />
      ) : (
        <>
          <Organization request={request} />
          <ul className="services">
            {info.grants.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const docLabel = (docType: string) => DOC_TYPES.find((d) => d.value === docType)?.label ?? docType;

function applicantRows(m: OrganizationMember, rep: ActiveRepresentative): [string, string | null][] {
  const details = Object.keys(m.details).length ? describeRequestDetails(rep.representedType, m.details) : [];
  return [
    ["ID.usuario", m.userId],
    ["Documento", `${docLabel(m.docType)} ${m.docNumber}`],
    ["Correo electrónico", m.email],
    ["Celular", m.mobile],
    ...details.map((d): [string, string] => [d.label, d.value]),
    ["Solicitud enviada el", formatDateTime(m.submittedAt)],
  ];
}

const MEMBER_WORDS = {
  empleado: { plural: "empleados", Plural: "Empleados", one: "empleado" },
  funcionario_entidad_publica: { plural: "funcionarios", Plural: "Funcionarios", one: "funcionario" },
} as const;

async function RepresentativeSections({ rep }: { rep: ActiveRepresentative }) {
  const [pending, approved, catalogue] = await Promise.all([
    listPendingMembers(rep),
    listApprovedMembers(rep),
    listActiveFunctions(FUNCTION_SCOPE_FOR[rep.representedType]),
  ]);
  const words = MEMBER_WORDS[rep.representedType];
  const functions: CatalogueFunction[] = catalogue.map((f) => ({ id: f.id, name: f.name, description: f.description }));
  return (
    <>
      <section className="card" aria-labelledby="solicitudes-organizacion">
        <h2 id="solicitudes-organizacion">Solicitudes de {words.plural}</h2>
        <p>
          Solicitudes de registro de {words.plural} de {rep.orgRazonSocial} (RUC {rep.orgRuc}) que esperan su aprobación. Al aprobar, elija
          las funciones que tendrá; al rechazar, escriba el motivo: la persona lo recibe por correo.
        </p>
        {pending.length === 0 ? (
          <p>No hay solicitudes pendientes.</p>
        ) : (
          pending.map((m) => (
            <article key={m.requestId} className="member" aria-labelledby={`solicitud-${m.requestId}`}>
              <h3 id={`solicitud-${m.requestId}`}>{m.fullName}</h3>
              <SummaryList rows={applicantRows(m, rep)} />
              {m.respaldo && (
                <p>
                  <a href={`/api/ecuapass/documentos/${m.respaldo.id}`} download={m.respaldo.fileName}>
                    Descargar el documento de respaldo de {m.fullName}
                  </a>{" "}
                  (PDF, {formatFileSize(m.respaldo.sizeBytes)})
                </p>
              )}
              <div className="member__decisions">
                <ApproveMemberForm requestId={m.requestId} applicant={m.fullName} functions={functions} />
                <RejectMemberForm requestId={m.requestId} applicant={m.fullName} />
              </div>
            </article>
          ))
        )}
      </section>

      <section className="card" aria-labelledby="miembros-aprobados">
        <h2 id="miembros-aprobados">{words.Plural} aprobados</h2>
        {approved.length === 0 ? (
          <p>Todavía no hay {words.plural} aprobados.</p>
        ) : (
          approved.map((m) => {
            const missing = functions.filter((f) => !m.functions.some((g) => g.functionId === f.id));
            return (
              <article key={m.accountId} className="member" aria-labelledby={`miembro-${m.accountId}`}>
                <h3 id={`miembro-${m.accountId}`}>
                  {m.fullName} <span className="tag tag--muted">{m.userId}</span>
                  {m.accountStatus === "suspendido" && <span className="tag tag--warning">Cuenta suspendida</span>}
                </h3>
                {m.functions.length === 0 ? (
                  <p>Sin funciones asignadas.</p>
                ) : (
                  <ul className="member__functions" aria-label={`Funciones de ${m.fullName}`}>
                    {m.functions.map((f) => (
                      <li key={f.functionId}>
                        <span>{f.name}</span>
                        <RevokeFunctionForm accountId={m.accountId} functionId={f.functionId} functionName={f.name} member={m.fullName} />
                      </li>
                    ))}
                  </ul>
                )}
                {missing.length > 0 && <GrantMoreForm accountId={m.accountId} member={m.fullName} functions={missing} />}
              </article>
            );
          })
        )}
      </section>
    </>
  );
}

/** The sections an approved account of a type that needs an approval adds to "Mi página". */
export async function RegistrationSections({ accountId, request }: { accountId: string; request: EcuapassRegistrationRequest }) {
  const rep = await findActiveRepresentative(accountId);
  return (
    <>
      {rep && <RepresentativeSections rep={rep} />}
      <GrantsSection accountId={accountId} request={request} />
    </>
  );
}
