"use client";

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { fieldIds } from "@/components/form/field";
import {
  DOC_TYPES,
  EMAIL_MAX,
  MESSAGES,
  NAME_MAX,
  PASSWORD_MAX,
  SECURITY_CODE_LENGTH,
  USER_ID_MAX,
  ADDRESS_MAX,
  emailError,
  emailsMatch,
  fullNameError,
  passwordShapeError,
  senaeEmailFor,
  userIdError,
  type DocType,
} from "@/lib/ecuapass/rules";
import { initialFormState, type FormState } from "@/lib/forms/state";
import { checkDocument } from "@/lib/identity/documents";
import { MOBILE_OPERATORS, PHONE_MAX_DIGITS, checkLandline, checkMobile } from "@/lib/identity/phones";

type Option = { value: string; label: string };
type Availability = { kind: "checking" | "ok" | "taken" | "error"; message: string; warning?: string };
type CodeStatus = { kind: "idle" | "sending" | "sent" | "error"; message?: string };
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const ECUADOR = "EC";

const LABELS: Record<string, string> = {
  userId: "ID.usuario",
  docType: "Tipo de documento",
  docNumber: "Doc. Identificación",
  fullName: "Nombre Usuario",
  password: "Contraseña",
  passwordConfirmation: "Confirmación de Contraseña",
  country: "País",
  province: "Provincia",
  city: "Ciudad",
  address: "Dirección",
  phone1: "Teléfono1",
  phone2: "Teléfono2",
  mobileOperator: "Operadora del celular",
  mobile: "Numero de Celular",
  fax: "Fax",
  email: "Correo Electrónico",
  emailConfirmation: "Confirmación de correo electrónico",
  securityCode: "Ingrese código de seguridad",
};

const EMPTY = {
  userId: "",
  docType: "ruc",
  docNumber: "",
  fullName: "",
  password: "",
  passwordConfirmation: "",
  country: "",
  province: "",
  city: "",
  address: "",
  phone1: "",
  phone2: "",
  mobileOperator: "CLARO",
  mobile: "",
  fax: "",
  email: "",
  emailConfirmation: "",
  securityCode: "",
};
type Values = typeof EMPTY;
type Name = keyof Values;

const landlineError = (value: string, required: boolean) => {
  if (!value.trim()) return required ? "Ingrese el teléfono convencional con código de área." : null;
  const check = checkLandline(value);
  return check.ok ? null : check.message;
};

/** The live hints: the same rules the server applies (lib/ecuapass/rules.ts, lib/identity). */
function clientError(name: Name, v: Values): string | null {
  switch (name) {
    case "userId":
      return userIdError(v.userId);
    case "docNumber": {
      if (!v.docNumber.trim()) return "Ingrese el número de documento.";
      const check = checkDocument(v.docType as DocType, v.docNumber);
      return check.ok ? null : check.message;
    }
    case "fullName":
      return fullNameError(v.fullName);
    case "password":
      return passwordShapeError(v.password);
    case "passwordConfirmation":
      return v.password === v.passwordConfirmation ? null : MESSAGES.passwordMismatch;
    case "address":
      return v.address.trim().length >= 5 ? null : MESSAGES.address;
    case "phone1":
      return landlineError(v.phone1, true);
    case "phone2":
      return landlineError(v.phone2, false);
    case "fax":
      return landlineError(v.fax, false);
    case "mobile": {
      if (!v.mobile.trim()) return "Ingrese el número de celular.";
      const check = checkMobile(v.mobile);
      return check.ok ? null : check.message;
    }
    case "email":
      return emailError(v.email);
    case "emailConfirmation":
      return emailsMatch(v.email, v.emailConfirmation) ? null : MESSAGES.emailMismatch;
    default:
      return null;
  }
}

async function askAvailability(path: string, params: Record<string, string>): Promise<Availability> {
  try {
    const response = await fetch(`/api/ecuapass/disponibilidad/${path}?${new URLSearchParams(params)}`, {
      headers: { accept: "application/json" },
      cache: "no-store",
    });
    const body = (await response.json()) as { disponible?: boolean; mensaje?: string; aviso?: string; error?: string };
    if (response.ok && typeof body.disponible === "boolean") {
      return { kind: body.disponible ? "ok" : "taken", message: body.mensaje ?? "", warning: body.aviso };
    }
    return { kind: "error", message: body.error ?? "No se pudo comprobar la disponibilidad. Intente nuevamente." };
  } catch {
    return { kind: "error", message: "No se pudo comprobar la disponibilidad. Revise su conexión e intente nuevamente." };
  }
}

function AvailabilityResult({ id, result }: { id: string; result?: Availability }) {
  const cls =
    result?.kind === "ok" ? "status-ok" : result?.kind === "taken" || result?.kind === "error" ? "status-bad" : "hint";
  return (
    <span id={id} className={`availability ${cls}`} role="status" aria-live="polite">
      {result?.kind === "checking" ? "Comprobando…" : result?.message}
      {result?.warning && <span className="notice notice--warning availability__warning">{result.warning}</span>}
    </span>
  );
}

function Label({ htmlFor, required, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor}>
      {required && (
        <span className="required" aria-hidden="true">
          *
        </span>
      )}
      {children}
      {required && <span className="visually-hidden"> (obligatorio)</span>}
    </label>
  );
}

export function RegistrationForm({
  action,
  requestCode,
  countries,
  provinces,
  cantons,
}: {
  action: Action;
  requestCode: (formData: FormData) => Promise<FormState>;
  countries: Option[];
  provinces: Option[];
  cantons: Record<string, [string, string][]>;
}) {
  const [state, dispatch, submitting] = useActionState(action, initialFormState);
  const [, startTransition] = useTransition();
  const [values, setValues] = useState<Values>(EMPTY);
  const [hints, setHints] = useState<Partial<Record<Name, string>>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string[] | undefined>>({});
  const [availability, setAvailability] = useState<Partial<Record<"userId" | "docNumber" | "email", Availability>>>({});
  const [emailLocked, setEmailLocked] = useState(false);
  const [code, setCode] = useState<CodeStatus>({ kind: "idle" });
  const emailRef = useRef<HTMLInputElement>(null);

  // A failed "Registrar": show the server's errors; everything typed stays except the passwords.
  useEffect(() => {
    if (state.status !== "error") return;
    setServerErrors(state.fieldErrors ?? {});
    setValues((v) => ({ ...v, password: "", passwordConfirmation: "" }));
  }, [state]);

  const errorOf = (name: Name) => hints[name] ?? serverErrors[name]?.[0];

  function set(name: Name, value: string) {
    setValues((v) => {
      const next = { ...v, [name]: value };
      if (name === "country" && value !== ECUADOR) Object.assign(next, { province: "", city: "" });
      if (name === "province") next.city = "";
      return next;
    });
    setServerErrors((e) => ({ ...e, [name]: undefined }));
    if (hints[name] || (name === "docType" && hints.docNumber)) setHints((h) => ({ ...h, [name]: undefined, ...(name === "docType" ? { docNumber: undefined } : {}) }));
    if (name === "userId") setAvailability((a) => ({ ...a, userId: undefined }));
    if (name === "docNumber" || name === "docType") setAvailability((a) => ({ ...a, docNumber: undefined }));
  }

  function hint(name: Name) {
    const message = clientError(name, values);
    setHints((h) => ({ ...h, [name]: message ?? undefined }));
    return message;
  }

  async function check(field: "userId" | "docNumber" | "email") {
    if (field === "email") {
      const problem = hint("email") ? "email" : hint("emailConfirmation") ? "emailConfirmation" : null;
      if (problem) {
        setAvailability((a) => ({ ...a, email: undefined }));
        return;
      }
    } else if (hint(field)) {
      setAvailability((a) => ({ ...a, [field]: undefined }));
      return;
    }
    setAvailability((a) => ({ ...a, [field]: { kind: "checking", message: "" } }));
    const result =
      field === "userId"
        ? await askAvailability("usuario", { valor: values.userId })
        : field === "docNumber"
          ? await askAvailability("documento", { tipo: values.docType, valor: values.docNumber })
          : await askAvailability("correo", { valor: values.email, confirmacion: values.emailConfirmation });
    setAvailability((a) => ({ ...a, [field]: result }));
    if (field === "email" && result.kind === "ok") {
      setEmailLocked(true);
      setServerErrors((e) => ({ ...e, email: undefined, emailConfirmation: undefined }));
    }
  }

  function changeEmail() {
    setEmailLocked(false);
    setAvailability((a) => ({ ...a, email: undefined }));
    setCode({ kind: "idle" });
    setValues((v) => ({ ...v, securityCode: "" }));
    emailRef.current?.focus();
  }

  function sendCode() {
    if (!emailLocked || code.kind === "sending") return;
    setCode({ kind: "sending" });
    const data = new FormData();
    data.set("email", values.email);
    data.set("emailConfirmation", values.emailConfirmation);
    startTransition(async () => {
      const result = await requestCode(data);
      setCode(
        result.status === "ok"
          ? { kind: "sent", message: result.message }
          : { kind: "error", message: result.message ?? "No se pudo enviar el código. Intente nuevamente." },
      );
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  const ecuador = values.country === ECUADOR;
  const cantonOptions = (ecuador && cantons[values.province]) || [];

  const describe = (name: string, extra: string[] = []) =>
    [...extra, fieldIds(name).error].filter(Boolean).join(" ");

  const input = (name: Name, props: Record<string, unknown> = {}) => ({
    id: name,
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    onBlur: () => {
      if (values[name]) hint(name);
    },
    "aria-invalid": errorOf(name) ? true : undefined,
    "aria-describedby": describe(name),
    ...props,
  });

  const fieldClass = (...names: Name[]) => `field${names.some((n) => errorOf(n)) ? " field--error" : ""}`;

  const errorSlot = (name: Name) => (
    <span className="field-error" id={fieldIds(name).error}>
      {errorOf(name) ? <>Error: {errorOf(name)}</> : null}
    </span>
  );

  const codeRequestDisabled = !emailLocked || code.kind === "sending";

  return (
    <form onSubmit={submit} noValidate className="panel ecuapass-form">
      <ErrorSummary state={state} labels={LABELS} />
      <p className="hint">
        Los campos marcados con <span className="required">*</span> son obligatorios.
      </p>

      <div className={fieldClass("userId")}>
        <Label htmlFor="userId" required>
          ID.usuario
        </Label>
        <span className="hint" id="userId-hint">
          De 4 a 20 caracteres: letras, números, punto, guion o guion bajo; empieza con una letra.
        </span>
        {errorSlot("userId")}
        <div className="inline-group">
          <input
            type="text"
            {...input("userId", {
              required: true,
              "aria-required": true,
              maxLength: USER_ID_MAX * 2,
              autoComplete: "username",
              autoCapitalize: "none",
              spellCheck: false,
              "aria-describedby": describe("userId", ["userId-hint", "userId-availability"]),
            })}
          />
          <button type="button" className="button button--secondary" onClick={() => check("userId")}>
            Comprobar disponibilidad<span className="visually-hidden"> del ID.usuario</span>
          </button>
        </div>
        <AvailabilityResult id="userId-availability" result={availability.userId} />
      </div>

      <div className={fieldClass("docNumber", "docType")}>
        <Label htmlFor="docNumber" required>
          Doc. Identificación
        </Label>
        {errorSlot("docNumber")}
        <div className="inline-group">
          <select
            id="docType"
            name="docType"
            className="narrow"
            aria-label="Tipo de documento de identificación"
            value={values.docType}
            onChange={(e) => set("docType", e.target.value)}
          >
            {DOC_TYPES.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
          <input
            type="text"
            {...input("docNumber", {
              required: true,
              "aria-required": true,
              maxLength: 40,
              autoComplete: "off",
              spellCheck: false,
              inputMode: values.docType === "pasaporte" ? "text" : "numeric",
              "aria-describedby": describe("docNumber", ["docNumber-availability"]),
            })}
          />
          <button type="button" className="button button--secondary" onClick={() => check("docNumber")}>
            Comprobar disponibilidad<span className="visually-hidden"> del documento</span>
          </button>
        </div>
        <AvailabilityResult id="docNumber-availability" result={availability.docNumber} />
      </div>

      <div className={fieldClass("fullName")}>
        <Label htmlFor="fullName" required>
          Nombre Usuario
        </Label>
        <span className="hint" id="fullName-hint">
          Nombres y apellidos.
        </span>
        {errorSlot("fullName")}
        <input
          type="text"
          {...input("fullName", {
            required: true,
            "aria-required": true,
            maxLength: NAME_MAX,
            autoComplete: "name",
            "aria-describedby": describe("fullName", ["fullName-hint"]),
          })}
        />
      </div>

      <div className="grid-2">
        <div className={fieldClass("password")}>
          <Label htmlFor="password" required>
            Contraseña
          </Label>
          <span className="hint" id="password-hint">
            Mínimo 8 caracteres, con letras y números.
          </span>
          {errorSlot("password")}
          <input
            type="password"
            {...input("password", {
              required: true,
              "aria-required": true,
              maxLength: PASSWORD_MAX,
              autoComplete: "new-password",
              "aria-describedby": describe("password", ["password-hint"]),
            })}
          />
        </div>
        <div className={fieldClass("passwordConfirmation")}>
          <Label htmlFor="passwordConfirmation" required>
            Confirmación de Contraseña
          </Label>
          {errorSlot("passwordConfirmation")}
          <input
            type="password"
            {...input("passwordConfirmation", {
              required: true,
              "aria-required": true,
              maxLength: PASSWORD_MAX,
              autoComplete: "new-password",
            })}
          />
        </div>
      </div>

      <div className={fieldClass("country")}>
        <Label htmlFor="country" required>
          País
        </Label>
        {errorSlot("country")}
        <select {...input("country", { required: true, "aria-required": true, autoComplete: "country" })}>
          <option value="">--Selección--</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>

      <div className="grid-2">
        <div className={fieldClass("province")}>
          <Label htmlFor="province">Provincia</Label>
          <span className="hint" id="province-hint">
            Obligatoria cuando el país es Ecuador.
          </span>
          {errorSlot("province")}
          <select
            {...input("province", {
              disabled: !ecuador,
              "aria-describedby": describe("province", ["province-hint"]),
            })}
          >
            <option value="">--Selección--</option>
            {ecuador &&
              provinces.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
          </select>
        </div>
        <div className={fieldClass("city")}>
          <Label htmlFor="city">Ciudad</Label>
          <span className="hint" id="city-hint">
            Las opciones se muestran una vez que se elija la Provincia.
          </span>
          {errorSlot("city")}
          <select
            {...input("city", {
              disabled: !ecuador || !values.province,
              "aria-describedby": describe("city", ["city-hint"]),
            })}
          >
            <option value="">--Selección--</option>
            {cantonOptions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className={fieldClass("address")}>
        <Label htmlFor="address" required>
          Dirección
        </Label>
        {errorSlot("address")}
        <input
          type="text"
          {...input("address", { required: true, "aria-required": true, maxLength: ADDRESS_MAX, autoComplete: "street-address" })}
        />
      </div>

      <div className="grid-2">
        <div className={fieldClass("phone1")}>
          <Label htmlFor="phone1" required>
            Teléfono1
          </Label>
          <span className="hint" id="phone1-hint">
            Convencional con código de área, hasta {PHONE_MAX_DIGITS} números, por ejemplo 022345678.
          </span>
          {errorSlot("phone1")}
          <input
            type="tel"
            {...input("phone1", {
              required: true,
              "aria-required": true,
              maxLength: 24,
              inputMode: "tel",
              autoComplete: "tel-national",
              "aria-describedby": describe("phone1", ["phone1-hint"]),
            })}
          />
        </div>
        <div className={fieldClass("phone2")}>
          <Label htmlFor="phone2">Teléfono2</Label>
          <span className="hint" id="phone2-hint">
            Opcional. Mismo formato que Teléfono1.
          </span>
          {errorSlot("phone2")}
          <input
            type="tel"
            {...input("phone2", { maxLength: 24, inputMode: "tel", "aria-describedby": describe("phone2", ["phone2-hint"]) })}
          />
        </div>
      </div>

      <div className="grid-2">
        <div className={fieldClass("mobile", "mobileOperator")}>
          <Label htmlFor="mobile" required>
            Numero de Celular
          </Label>
          <span className="hint" id="mobile-hint">
            Elija la operadora y escriba el número en formato 09XXXXXXXX.
          </span>
          {errorSlot("mobile")}
          <div className="inline-group">
            <select
              id="mobileOperator"
              name="mobileOperator"
              className="narrow"
              aria-label="Operadora del celular"
              value={values.mobileOperator}
              onChange={(e) => set("mobileOperator", e.target.value)}
            >
              {MOBILE_OPERATORS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <input
              type="tel"
              {...input("mobile", {
                required: true,
                "aria-required": true,
                maxLength: 24,
                inputMode: "tel",
                autoComplete: "tel-national",
                "aria-describedby": describe("mobile", ["mobile-hint"]),
              })}
            />
          </div>
        </div>
        <div className={fieldClass("fax")}>
          <Label htmlFor="fax">Fax</Label>
          {errorSlot("fax")}
          <input type="tel" {...input("fax", { maxLength: 24, inputMode: "tel" })} />
        </div>
      </div>

      <div className={fieldClass("email")}>
        <Label htmlFor="email" required>
          Correo Electrónico
        </Label>
        <span className="hint" id="email-hint">
          A este correo llegarán los resultados de sus trámites y las notificaciones.
        </span>
        {errorSlot("email")}
        <input
          type="email"
          ref={emailRef}
          {...input("email", {
            required: true,
            "aria-required": true,
            maxLength: EMAIL_MAX,
            autoComplete: "email",
            readOnly: emailLocked,
            "aria-describedby": describe("email", ["email-hint", "email-availability"]),
          })}
        />
      </div>

      <div className={fieldClass("emailConfirmation")}>
        <Label htmlFor="emailConfirmation" required>
          Confirmación de correo electrónico
        </Label>
        {errorSlot("emailConfirmation")}
        <div className="inline-group">
          <input
            type="email"
            {...input("emailConfirmation", {
              required: true,
              "aria-required": true,
              maxLength: EMAIL_MAX,
              autoComplete: "email",
              readOnly: emailLocked,
              "aria-describedby": describe("emailConfirmation", ["email-availability"]),
            })}
          />
          {emailLocked ? (
            <button type="button" className="button button--secondary" onClick={changeEmail}>
              Cambiar correo
            </button>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => check("email")}>
              Comprobar disponibilidad<span className="visually-hidden"> del correo electrónico</span>
            </button>
          )}
        </div>
        <AvailabilityResult id="email-availability" result={availability.email} />
      </div>

      <div className={fieldClass("securityCode")}>
        <Label htmlFor="securityCode" required>
          Ingrese código de seguridad
        </Label>
        <span className="hint" id="securityCode-hint">
          {emailLocked
            ? "Solicite el código: le llegará por correo electrónico y expira en 15 minutos."
            : "Primero compruebe la disponibilidad del correo electrónico; luego podrá solicitar el código."}
        </span>
        {errorSlot("securityCode")}
        <div className="inline-group">
          <input
            type="text"
            {...input("securityCode", {
              required: true,
              "aria-required": true,
              maxLength: SECURITY_CODE_LENGTH * 3,
              autoComplete: "one-time-code",
              autoCapitalize: "characters",
              spellCheck: false,
              "aria-describedby": describe("securityCode", ["securityCode-hint", "code-status"]),
            })}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={sendCode}
            // Only aria-disabled while sending: a disabled button would drop the keyboard focus.
            disabled={!emailLocked}
            aria-disabled={codeRequestDisabled}
          >
            {code.kind === "sending" ? (
              <>
                <span className="spinner" aria-hidden="true" />
                Enviando…
              </>
            ) : (
              "Solicitar código de seguridad"
            )}
          </button>
        </div>
        <div id="code-status" role="status" aria-live="polite">
          {code.kind === "sent" && <p className="notice notice--success">{code.message}</p>}
          {code.kind === "error" && <p className="notice notice--error">{code.message}</p>}
        </div>
      </div>

      <div className="field">
        <label htmlFor="senaeEmail">SENAE Correo Electrónico</label>
        <input id="senaeEmail" type="text" readOnly value={senaeEmailFor(values.userId)} aria-describedby="senaeEmail-hint" />
        <span className="hint" id="senaeEmail-hint">
          Se genera automáticamente a partir del ID.usuario.
        </span>
      </div>

      <div className="actions">
        <button type="submit" className="button" disabled={submitting} aria-disabled={submitting}>
          {submitting ? (
            <>
              <span className="spinner" aria-hidden="true" />
              <span role="status">Registrando…</span>
            </>
          ) : (
            "Registrar"
          )}
        </button>
      </div>
    </form>
  );
}
