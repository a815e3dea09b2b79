import "server-only";
import { getEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import EcuapassWelcomeEmail from "@/lib/mail/templates/ecuapass-bienvenida";
import EcuapassCodeEmail from "@/lib/mail/templates/ecuapass-codigo";
import { CODE_TTL_MINUTES } from "./rules";

// Called after the data is committed. A failed delivery stays queued in mail_outbox and is
// retried; it never undoes what was saved.

export const CODE_MAIL_SUBJECT = "ACTIVACIÓN DE CORREO ELECTRÓNICO";
export const WELCOME_MAIL_SUBJECT = "Registro de Usuario General en Ecuapass";

export async function mailSecurityCode(to: string, code: string, codeId: string) {
  await sendMail({
    to,
    subject: CODE_MAIL_SUBJECT,
    react: <EcuapassCodeEmail code={code} minutes={CODE_TTL_MINUTES} />,
    idempotencyKey: `ecuapass-codigo:${codeId}`,
  });
}

export async function mailWelcome(user: { id: string; email: string; fullName: string; userId: string; senaeEmail: string }) {
  try {
    await sendMail({
      to: user.email,
      subject: WELCOME_MAIL_SUBJECT,
      react: (
        <EcuapassWelcomeEmail
          fullName={user.fullName}
          userId={user.userId}
          senaeEmail={user.senaeEmail}
          signInUrl={new URL("/ecuapass/ingresar", getEnv().APP_URL).toString()}
        />
      ),
      idempotencyKey: `ecuapass-bienvenida:${user.id}`,
    });
  } catch (error) {
    // The account exists and the person is about to be signed in: a welcome that cannot even be
    // queued is logged, not shown as a failed registration.
    console.error("[ecuapass] welcome mail not queued", error);
  }
}
