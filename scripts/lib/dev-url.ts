/** The port `next dev` will listen on, from its arguments (`-p 3001`, `--port=3001`) or PORT. */
export function devPort(args: readonly string[], env: Record<string, string | undefined> = process.env): number {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = /^(?:-p|--port)=(\d+)$/.exec(arg);
    if (inline) return Number(inline[1]);
    if ((arg === "-p" || arg === "--port") && /^\d+$/.test(args[i + 1] ?? "")) return Number(args[i + 1]);
  }
  return env.PORT?.trim() ? Number(env.PORT) : 3000;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * APP_URL for a dev server on `port`: links in emails and the same-origin check must name the
 * port actually served. A local APP_URL follows the port; any other address (a tunnel, a shared
 * dev host) is kept as written.
 */
export function devAppUrl(appUrl: string | undefined, port: number): string {
  if (!appUrl?.trim()) return `http://localhost:${port}`;
  const url = new URL(appUrl);
  if (!LOCAL_HOSTS.has(url.hostname)) return appUrl;
  url.port = String(port);
  return url.toString().replace(/\/$/, "");
}
