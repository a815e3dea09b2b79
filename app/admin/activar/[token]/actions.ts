"use server";

import QRCode from "qrcode";
import { staffActivationSchema, staffActivationStartSchema } from "@/lib/auth/schema";
import { beginStaffEnrollment, completeStaffActivation } from "@/lib/auth/staff";
import { formAction } from "@/lib/security/action";
import { clientIp } from "@/lib/security/request";

/** Step 1 ("Continuar"): a new TOTP secret, shown as a QR code and as text. */
export const startStaffActivationAction = formAction(staffActivationStartSchema, async (input) => {
  const started = await beginStaffEnrollment(input.token, await clientIp());
  if (!started.ok) return { status: "error", message: started.message };
  const qr = await QRCode.toDataURL(started.uri, { errorCorrectionLevel: "M", margin: 2, width: 240 });
  return { status: "ok", data: { email: started.email, fullName: started.fullName, secret: started.secret, qr } };
});

/** Step 2: password + current TOTP code; answers the recovery codes once. */
export const finishStaffActivationAction = formAction(staffActivationSchema, async (input) => {
  const result = await completeStaffActivation(
    { token: input.token, password: input.password, otp: input.otp },
    await clientIp(),
  );
  if (!result.ok) {
    return result.field
      ? { status: "error", message: "Revise los campos marcados.", fieldErrors: { [result.field]: [result.message] } }
      : { status: "error", message: result.message };
  }
  return { status: "ok", data: { recoveryCodes: result.recoveryCodes, email: result.email } };
});
