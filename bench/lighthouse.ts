// Lighthouse 12, mobile preset (the default config: Moto G class device, simulated slow 4G and
// 4× CPU slowdown), on Chromium. Prints one JSON line: scores (0–100) and key metrics per URL,
// the median run by performance score.
//   tsx bench/lighthouse.ts RUNS URL...
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export type LighthouseResult = {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  metrics: Record<string, number>;
  /** Failed audits of the three categories, with their titles (why a score is below 100). */
  failed: string[];
  runs: number[];
};

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "server-response-time"];

async function once(url: string, port: number) {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
  });
  if (!result) throw new Error(`Lighthouse no devolvió resultado para ${url}`);
  const lhr = result.lhr;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failed: string[] = [];
  for (const id of ["performance", "accessibility", "best-practices"]) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      failed.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
    }
  }
  const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? Number.NaN]));
  return { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), metrics, failed };
}

export async function runLighthouse(urls: string[], runs: number): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const out: LighthouseResult[] = [];
    for (const url of urls) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await once(url, chrome.port));
      results.sort((a, b) => a.performance - b.performance);
      const median = results[Math.floor(results.length / 2)]!;
      out.push({ url, ...median, runs: results.map((r) => r.performance) });
    }
    return out;
  } finally {
    chrome.kill();
  }
}

const [runsArg, ...urls] = process.argv.slice(2);
if (urls.length > 0) {
  const results = await runLighthouse(urls, Number(runsArg ?? 1));
  console.log(`LIGHTHOUSE_JSON ${JSON.stringify(results)}`);
}
