// Next.js configuration: security headers on every response, and nothing fetched from the network.
const { PHASE_DEVELOPMENT_SERVER } = require("next/constants");

/**
 * Content-Security-Policy. 'unsafe-inline' for scripts is needed because Next inlines its
 * hydration data as <script> tags; the nonce alternative would force every page to render per
 * request through a proxy. Everything else is locked to our own origin, which still blocks
 * third-party scripts, framing, plugins and exfiltration to other hosts. Workers (Monaco, the
 * in-browser simulator) come from our origin or blob: URLs.
 */
function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** @type {(phase: string) => import("next").NextConfig} */
module.exports = (phase) => {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    // Tests build into their own folder so they never clobber a running `npm start`.
    distDir: process.env.BYTEWISE_DIST_DIR || ".next",
    poweredByHeader: false,
    // `npm test` type-checks the whole project (tsc --noEmit); doing it again here would only slow
    // every `npm start` down, and would let an unrelated script's type error block serving the app.
    typescript: { ignoreBuildErrors: true },
    reactStrictMode: true,
    // Native/driver packages stay as Node requires (Next's default list has most; explicit here).
    serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
    async headers() {
      return [
        {
          source: "/:path*",
          headers: [
            { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
            { key: "X-Frame-Options", value: "DENY" },
            { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
            { key: "X-Content-Type-Options", value: "nosniff" },
            { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
            { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          ],
        },
      ];
    },
  };
};
