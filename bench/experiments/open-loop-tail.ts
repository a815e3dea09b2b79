// Where an open-loop tail comes from: one fixed-rate cell against each target in turn, from core 1.
//   taskset -c 1 tsx bench/experiments/open-loop-tail.ts RATE SECONDS ROUNDS URL...
// Each URL is called with ?id=u<unique> and a new X-Forwarded-For, as the bench's availability cells.
import { nextIp, unique } from "../lib/load";
import { runOpenLoop } from "../lib/open-loop";

const [rate, seconds, rounds] = process.argv.slice(2, 5).map(Number) as [number, number, number];
const urls = process.argv.slice(5);
for (let r = 0; r < rounds; r++) {
  for (const full of urls) {
    const url = new URL(full);
    const result = await runOpenLoop({
      url: url.origin,
      rate,
      seconds,
      request: () => ({ method: "GET", path: `${url.pathname}?${url.pathname.includes("disponibilidad") ? "valor" : "id"}=u${unique()}`, headers: { "x-forwarded-for": nextIp() } }),
      check: (status) => status === 200,
    });
    const ms = (v: number) => v.toFixed(1).padStart(6);
    console.log(
      `${url.pathname.padEnd(40)} ${result.achievedRate.toFixed(0).padStart(5)}/s p50 ${ms(result.p50)} p95 ${ms(result.p95)} p99 ${ms(result.p99)} max ${ms(result.max)}  in flight ≤${result.maxInFlight} send lag ≤${result.maxSendLagMs.toFixed(1)} bad ${result.bad + result.errors}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
