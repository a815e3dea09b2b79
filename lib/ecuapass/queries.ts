import "server-only";
import { eq } from "drizzle-orm";
import { countryName } from "@/lib/catalog/countries";
import { cantonName, provinceName } from "@/lib/catalog/ecuador";
import { db } from "@/lib/db";
import { ecuapassUsers } from "@/lib/db/schema";
import { DOC_TYPES } from "./rules";

export type EcuapassProfile = {
  userId: string;
  fullName: string;
  docTypeLabel: string;
  docNumber: string;
  country: string;
  province: string | null;
  city: string | null;
  address: string;
  phone1: string;
  phone2: string | null;
  mobile: string;
  mobileOperator: string;
  fax: string | null;
  email: string;
  senaeEmail: string;
  registeredAt: Date;
};

/** What "Mi página" shows of an account; never the password hash. Callers check the session. */
export async function getEcuapassProfile(id: string): Promise<EcuapassProfile | null> {
  const [row] = await db
    .select({
      userId: ecuapassUsers.userId,
      fullName: ecuapassUsers.fullName,
      docType: ecuapassUsers.docType,
      docNumber: ecuapassUsers.docNumber,
      countryCode: ecuapassUsers.countryCode,
      provinceCode: ecuapassUsers.provinceCode,
      cantonCode: ecuapassUsers.cantonCode,
      address: ecuapassUsers.address,
      phone1: ecuapassUsers.phone1,
      phone2: ecuapassUsers.phone2,
      mobile: ecuapassUsers.mobile,
      mobileOperator: ecuapassUsers.mobileOperator,
      fax: ecuapassUsers.fax,
      email: ecuapassUsers.email,
      senaeEmail: ecuapassUsers.senaeEmail,
      createdAt: ecuapassUsers.createdAt,
    })
    .from(ecuapassUsers)
    .where(eq(ecuapassUsers.id, id))
    .limit(1);
  if (!row) return null;
  return {
    userId: row.userId,
    fullName: row.fullName,
    docTypeLabel: DOC_TYPES.find((d) => d.value === row.docType)?.label ?? row.docType,
    docNumber: row.docNumber,
    country: countryName(row.countryCode),
    province: provinceName(row.provinceCode),
    city: cantonName(row.cantonCode),
    address: row.address,
    phone1: row.phone1,
    phone2: row.phone2,
    mobile: row.mobile,
    mobileOperator: row.mobileOperator,
    fax: row.fax,
    email: row.email,
    senaeEmail: row.senaeEmail,
    registeredAt: row.createdAt,
  };
}
