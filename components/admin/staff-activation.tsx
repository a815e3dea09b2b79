"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { TextInput } from "@/components/form/text-input";
import type { StaffActivationFinishData, StaffActivationStartData } from "@/lib/auth/staff";
import { firstError, initialFormState, type FormActionFn } from "@/lib/forms/state";

const LABELS = { password: "Contraseña", passwordConfirm: "Repita la contraseña", otp: "Código de verificación" };

/** The two steps of a staff activation: "Continuar" (enrollment data), then password + first code. */
export function StaffActivation({
  token,
  email,
  startStaffActivationAction,
  finishStaffActivationAction,
}: {
  token: string;
  email: string;
  startStaffActivationAction: FormActionFn<StaffActivationStartData>;
  finishStaffActivationAction: FormActionFn<StaffActivationFinishData>;
}) {
  const [start, startAction] = useActionState(startStaffActivationAction, initialFormState);
  const [finish, finishAction] = useActionState(finishStaffActivationAction, initialFormState);
  const codes = finish.status === "ok" ? finish.data?.recoveryCodes : undefined;

  if (codes) {
    return (
      <section className="panel" aria-labelledby="codes-title">
        <div className="notice notice--success" role="status">
          <p>Su cuenta está activa.</p>
        </div>
        <h2 id="codes-title">Códigos de recuperación</h2>
        <p>
          Guarde estos 10 códigos en un lugar seguro. Cada uno sirve <strong>una sola vez</strong> en lugar del código de su
          aplicación, si pierde el teléfono. <strong>No se volverán a mostrar.</strong>
        </p>
        <ol className="recovery-codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <p>
          <Link className="button" href="/admin/ingresar">
            Ir al ingreso del personal
          </Link>
        </p>
      </section>
    );
  }

  if (start.status !== "ok") {
    return (
      <form action={startAction} className="panel">
        <ErrorSummary state={start} labels={{}} />
        <p>
          Va a activar la cuenta <strong>{email}</strong>: definirá su contraseña y registrará una aplicación de
          autenticación (Google Authenticator, Microsoft Authenticator, FreeOTP u otra) en su teléfono.
        </p>
        <input type="hidden" name="token" value={token} />
        <div className="actions">
          <SubmitButton pendingLabel="Preparando…">Continuar</SubmitButton>
        </div>
      </form>
    );
  }

  const secret = start.data?.secret ?? "";
  const qr = start.data?.qr ?? "";
  return (
    <form action={finishAction} noValidate className="panel">
      <ErrorSummary state={finish} labels={LABELS} />
      <input type="hidden" name="token" value={token} />
      <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
      <h2>1. Registre la aplicación de autenticación</h2>
      <p>Escanee este código QR con su aplicación de autenticación.</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL rendered on the server */}
      <img src={qr} width={240} height={240} alt="Código QR para registrar la cuenta en su aplicación de autenticación" />
      <p>
        Si no puede escanearlo, ingrese esta clave manualmente (tipo: basada en tiempo):{" "}
        <code className="secret-key">{secret.replace(/(.{4})/g, "$1 ").trim()}</code>
      </p>
      <h2>2. Defina su contraseña</h2>
      <TextInput
        name="password"
        label={LABELS.password}
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        hint="Al menos 12 caracteres, con letras y números. Puede usar espacios, tildes y símbolos."
        error={firstError(finish, "password")}
      />
      <TextInput
        name="passwordConfirm"
        label={LABELS.passwordConfirm}
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        error={firstError(finish, "passwordConfirm")}
      />
      <h2>3. Confirme con el código de su aplicación</h2>
      <TextInput
        name="otp"
        label={LABELS.otp}
        autoComplete="one-time-code"
        inputMode="numeric"
        required
        maxLength={7}
        hint="Los 6 dígitos que muestra ahora su aplicación."
        error={firstError(finish, "otp")}
        spellCheck={false}
      />
      <div className="actions">
        <SubmitButton pendingLabel="Activando…">Activar cuenta</SubmitButton>
      </div>
    </form>
  );
}
