"use server";

import { revalidatePath } from "next/cache";
import { createElement } from "react";
import { staffDeactivateSchema, staffInviteSchema } from "@/lib/auth/schema";
import { STAFF_INVITE_TTL_MS, SelfDeactivationError, StaffExistsError, deactivateStaff, inviteStaff } from "@/lib/auth/staff";
import { afterCommit } from "@/lib/mail/after-commit";
import { sendMail } from "@/lib/mail/send";
import StaffInvitacionEmail from "@/lib/mail/templates/staff-invitacion";
import { staffAction } from "@/lib/security/action";

export const inviteStaffAction = staffAction("admin", staffInviteSchema, async (input, { actor }) => {
  let invited;
  try {
    invited = await inviteStaff(input, actor);
  } catch (error) {
    if (error instanceof StaffExistsError) {
      return { status: "error", message: "Revise los campos marcados.", fieldErrors: { email: ["Ya existe una cuenta del personal con este correo."] } };
    }
    throw error;
  }
  const { staff, link } = invited;
  afterCommit(() =>
    sendMail({
      to: staff.email,
      subject: "Active su cuenta del personal de Ventanilla",
      react: createElement(StaffInvitacionEmail, {
        fullName: staff.fullName,
        roleLabel: staff.role === "admin" ? "administración" : "revisión",
        link,
        validDays: STAFF_INVITE_TTL_MS / 86_400_000,
      }),
    }),
  );
  revalidatePath("/admin/personal");
  return { status: "ok", data: { email: staff.email, link } };
});

export const deactivateStaffAction = staffAction("admin", staffDeactivateSchema, async (input, { actor }) => {
  try {
    const changed = await deactivateStaff(input.staffId, actor);
    revalidatePath("/admin/personal");
    return changed
      ? { status: "ok", message: "La cuenta fue desactivada; sus sesiones terminaron." }
      : { status: "error", message: "La cuenta ya estaba desactivada o no existe." };
  } catch (error) {
    if (error instanceof SelfDeactivationError) return { status: "error", message: "No puede desactivar su propia cuenta." };
    throw error;
  }
});
