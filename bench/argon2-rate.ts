// argon2id hashes per second at the app's parameters (m = 19456 KiB, t = 2, p = 1), as many in
// flight as the libuv pool runs (4), for SECONDS. Run pinned like the server for the ratio.
//   taskset -c 0 tsx bench/argon2-rate.ts SECONDS
import { hash } from "@node-rs/argon2";

const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const seconds = Number(process.argv[2] ?? 5);
const inFlight = Number(process.env.UV_THREADPOOL_SIZE ?? 4);

let count = 0;
let i = 0;
// Warm-up: the first hashes allocate the pool's memory.
await Promise.all(Array.from({ length: inFlight }, () => hash(`warm-up-${i++}`, OPTIONS)));
const started = performance.now();
const deadline = started + seconds * 1000;
await Promise.all(
  Array.from({ length: inFlight }, async () => {
    while (performance.now() < deadline) {
      await hash(`contraseña-${i++}-Ab1`, OPTIONS);
      count++;
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
console.log(`ARGON2_JSON ${JSON.stringify({ hashesPerSecond: count / elapsed, count, seconds: elapsed, inFlight })}`);
