// @ts-check

// Headers decided here are fixed at build time: anything that depends on the deployment
// (HSTS follows APP_URL) or on the path's own rules (Referrer-Policy) is set at run time by
// proxy.ts and by the route handlers themselves.

/** Route handlers that serve files set their own CSP (sandbox) and Referrer-Policy (no-referrer). */
const FILE_ROUTES = "seps/s/[^/]+/documentos/|admin/solicitudes/[^/]+/documentos/|ecuapass/documentos/";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds (tests, benchmarks) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // `npm test` and CI run `tsc --noEmit` over everything (tests, scripts, benchmarks included);
  // the build would otherwise fail on a type error in a test file that is not part of the app.
  typescript: { ignoreBuildErrors: true },
  // `server-only` marks modules a browser bundle must never include; Next resolves it to an empty file
  // only in Server Components. The Pages API routes of the availability checks (pages/api) import the
  // same server modules: bundled rather than required at run time, `server-only` is the empty file in
  // every server bundle and still the one that throws in a browser bundle.
  turbopack: {
    resolveAlias: { "server-only": { browser: "server-only", default: "./scripts/lib/empty.ts" } },
  },
  transpilePackages: ["server-only"],
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "rate-limiter-flexible",
    "@react-pdf/renderer",
    "postgres",
  ],
  // Read at run time from the file system (Vercel traces only what is imported).
  // The signatures' text worker runs as a file (lib/signatures/text.ts), with the pdf.js it imports.
  outputFileTracingIncludes: {
    "/**": ["./drizzle/**/*", "./lib/pdf/fonts/**/*", "./lib/signatures/trust/**/*", "./lib/signatures/text-worker.mjs", "./node_modules/pdfjs-dist/legacy/build/pdf.mjs", "./node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs", "./node_modules/pdfjs-dist/package.json"],
  },
  experimental: {
    authInterrupts: true,
    // One signed PDF (10 MiB) per upload, plus the multipart envelope.
    serverActions: { bodySizeLimit: "11mb" },
    // proxy.ts runs on action posts too and buffers their body: past this limit (10 MB by default)
    // the action gets a truncated body and answers 500. Above the actions' limit, so that the
    // action itself measures the file; proxy.ts answers larger bodies before they are read.
    proxyClientMaxBodySize: "12mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      // Pages get their CSP and Referrer-Policy from proxy.ts; API answers (JSON) may load nothing.
      {
        source: `/api/:path((?!${FILE_ROUTES}).*)`,
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
