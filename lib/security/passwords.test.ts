import { describe, expect, it } from "vitest";
import { hashPassword, hashQueue, verifyPassword } from "./passwords";

describe("argon2id hashing", () => {
  it("verifies the password it hashed and refuses another", async () => {
    const stored = await hashPassword("Cordillera-Pichincha-2026");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, "Cordillera-Pichincha-2026")).toBe(true);
    expect(await verifyPassword(stored, "cordillera-pichincha-2026")).toBe(false);
    expect(await verifyPassword("not-a-hash", "Cordillera-Pichincha-2026")).toBe(false);
  });

  it("runs no more hashes at once than the cores available; the rest wait their turn", async () => {
    const stored = await hashPassword("Volcan-Cotopaxi-5897");
    const { limit } = hashQueue();
    const burst = Array.from({ length: limit + 3 }, (_, i) => verifyPassword(stored, i === 0 ? "Volcan-Cotopaxi-5897" : "otra"));
    // p-limit starts queued work on a microtask.
    await Promise.resolve();
    expect(hashQueue()).toMatchObject({ active: limit, waiting: 3 });
    expect(await Promise.all(burst)).toEqual([true, ...Array<boolean>(limit + 2).fill(false)]);
    expect(hashQueue()).toMatchObject({ active: 0, waiting: 0 });
  });
});
