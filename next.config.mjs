// @ts-check

const https = (process.env.APP_URL ?? "").startsWith("https://");

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
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "rate-limiter-flexible",
    "@react-pdf/renderer",
    "postgres",
  ],
  // Read at run time from the file system (Vercel traces only what is imported).
  outputFileTracingIncludes: { "/**": ["./drizzle/**/*", "./lib/pdf/fonts/**/*", "./lib/signatures/trust/**/*"] },
  experimental: {
    authInterrupts: true,
    // One signed PDF (10 MB) per upload, plus the multipart envelope.
    serverActions: { bodySizeLimit: "11mb" },
  },
  async headers() {
    const headers = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ];
    if (https) headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
    return [
      { source: "/:path*", headers },
      // Pages get a nonce-based CSP from proxy.ts; API answers (JSON, files) may load nothing.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }] },
    ];
  },
};

export default nextConfig;
