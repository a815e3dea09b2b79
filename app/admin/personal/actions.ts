"use server";

import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { staffDeactivateSchema, staffInviteSchema } from "@/lib/auth/schema";
import { STAFF_INVITE_TTL_MS, SelfDeactivationError, StaffExistsError, deactivateStaff, inviteStaff } from "@/lib/auth/staff";
import { sendMail } from "@/lib/mail/send";
import StaffInvitacionEmail from "@/lib/mail/templates/staff-invitacion";
import { formAction } from "@/lib/security/action";

export const inviteStaffAction = formAction(staffInviteSchema, async (input) => {
  const admin = await requireStaff("admin");
  let invited;
  try {
    invited = await inviteStaff(input, { kind: "staff", id: admin.id, label: admin.name });
  } catch (error) {
    if (error instanceof StaffExistsError) {
      return { status: "error", message: "Revise los campos marcados.", fieldErrors: { email: ["Ya existe una cuenta del personal con este correo."] } };
    }
    throw error;
  }
  const { staff, link } = invited;
  const mail = await sendMail({
    to: staff.email,
    subject: "Active su cuenta del personal de Ventanilla",
    react: StaffInvitacionEmail({
      fullName: staff.fullName,
      roleLabel: staff.role === "admin" ? "administración" : "revisión",
      link,
      validDays: STAFF_INVITE_TTL_MS / 86_400_000,
    }),
  }).catch((error: unknown) => {
    console.error("[mail] staff invitation not queued", error);
    return null;
  });
  revalidatePath("/admin/personal");
  return { status: "ok", data: { email: staff.email, link, mailQueued: Boolean(mail) } };
});

export const deactivateStaffAction = formAction(staffDeactivateSchema, async (input) => {
  const admin = await requireStaff("admin");
  try {
    const changed = await deactivateStaff(input.staffId, { id: admin.id, label: admin.name });
    revalidatePath("/admin/personal");
    return changed
      ? { status: "ok", message: "La cuenta fue desactivada; sus sesiones terminaron." }
      : { status: "error", message: "La cuenta ya estaba desactivada o no existe." };
  } catch (error) {
    if (error instanceof SelfDeactivationError) return { status: "error", message: "No puede desactivar su propia cuenta." };
    throw error;
  }
});
