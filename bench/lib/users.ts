// Ecuapass accounts written straight into the database for the sign-in scenario (one argon2id
// hash, the app's parameters, shared by all: each row still costs a full verify).
import { hash } from "@node-rs/argon2";
import type { Sql } from "postgres";
import { unique } from "./load";

export const BENCH_PASSWORD = "Banano2026costa";
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function insertEcuapassUsers(sql: Sql, count: number): Promise<string[]> {
  const passwordHash = await hash(BENCH_PASSWORD, OPTIONS);
  const rows = Array.from({ length: count }, () => {
    const id = `bench${unique()}`;
    return {
      user_id: id,
      user_id_key: id.toLowerCase(),
      doc_type: "pasaporte",
      doc_number: `BP${id.toUpperCase()}`.slice(0, 20),
      full_name: "Usuario De Prueba Benchmark",
      password_hash: passwordHash,
      country_code: "EC",
      province_code: "17",
      canton_code: "1701",
      address: "Av. Amazonas N34-120",
      phone1: "022345678",
      mobile_operator: "CLARO",
      mobile: "0991234567",
      email: `${id}@bench.example`,
      email_key: `${id}@bench.example`,
      senae_email: `${id}@correo.aduana.gob.ec`,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await sql`insert into ecuapass_users ${sql(rows.slice(i, i + 500))}`;
  return rows.map((r) => r.user_id);
}
