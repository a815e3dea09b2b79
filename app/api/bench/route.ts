import { floorUserIdFree } from "@/lib/db/bench-floor";
import { getEnv } from "@/lib/env";

// The framework's floor for the benchmark as an App Router route handler (lib/db/bench-floor.ts).

export async function GET(request: Request) {
  if (!getEnv().BENCH) return new Response("Not found", { status: 404 });
  const key = (new URL(request.url).searchParams.get("id") ?? "").toLowerCase();
  return Response.json({ disponible: await floorUserIdFree(key) }, { headers: { "Cache-Control": "no-store" } });
}
