import type { AccountKind, EcuapassAccountStatus, StaffRole } from "@/lib/auth/kinds";

declare module "next-auth" {
  interface User {
    kind: AccountKind;
    sessionVersion: number;
    role?: StaffRole;
    /** Ecuapass accounts only. */
    status?: EcuapassAccountStatus;
  }
  interface Session {
    user: { id: string; kind: AccountKind; role?: StaffRole; status?: EcuapassAccountStatus; name: string; unverified?: boolean };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    kind?: AccountKind;
    uid?: string;
    sv?: number;
    role?: StaffRole;
    /** An Ecuapass account's state, refreshed from the database with the session version. */
    status?: EcuapassAccountStatus;
    /** Sign-in time and last activity, in ms (12 h absolute and 30 min idle limits). */
    started?: number;
    seen?: number;
    /** The session version could not be checked (database down): grants no access. */
    unverified?: boolean;
  }
}
