import type { Metadata } from "next";
import Link from "next/link";
import { StaffActivation } from "@/components/admin/staff-activation";
import { finishStaffActivationAction, startStaffActivationAction } from "./actions";
import { ACTIVATION_LINK_MESSAGES, inspectStaffInvite } from "@/lib/auth/staff";

export const metadata: Metadata = { title: "Activar cuenta del personal", referrer: "same-origin" };

// GET only looks at the link (mail scanners open links); "Continuar" starts the activation.
export default async function StaffActivationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await inspectStaffInvite(token);
  return (
    <>
      <h1>Activar cuenta del personal</h1>
      {invite.ok ? (
        <StaffActivation
          token={token}
          email={invite.email}
          startStaffActivationAction={startStaffActivationAction}
          finishStaffActivationAction={finishStaffActivationAction}
        />
      ) : (
        <div className="notice notice--error" role="alert">
          <p>{ACTIVATION_LINK_MESSAGES[invite.problem]}</p>
          <p>
            <Link href="/admin/ingresar">Ir al ingreso del personal</Link>
          </p>
        </div>
      )}
    </>
  );
}
