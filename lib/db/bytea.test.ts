import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// A signed copy may have 10 MiB. PGlite's own bytea serializer made a string per byte (~400 MB
// for one upload) and a server started by `npm start` (256 MB of heap) died of it. Run in a
// process with that heap cap: the 10 MiB value must go in and come back byte for byte.

const script = `
  const { sql } = await import("drizzle-orm");
  const { db, getConnection } = await import("./lib/db/client.ts");
  const bytes = Buffer.alloc(10 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 4096) bytes[i] = i % 251;
  await db.execute(sql\`create temporary table probe (content bytea)\`);
  await db.execute(sql\`insert into probe values (\${bytes})\`);
  const { rows } = await getConnection().client.query("select content from probe");
  const back = rows[0].content;
  process.stdout.write(Buffer.compare(Buffer.from(back), bytes) === 0 ? "igual" : "distinto");
  process.exit(0);
`;

describe("bytea on the embedded database", () => {
  it("stores and reads 10 MiB within a 256 MB heap", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--max-old-space-size=256", "--import", "tsx", "--import", "./scripts/lib/register.mjs", "--input-type=module", "-e", script],
      { env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: "memory://", NODE_ENV: "test" }, timeout: 120_000 },
    );
    expect(stdout).toBe("igual");
  }, 150_000);
});
