import createNextIntlPlugin from "next-intl/plugin";

/** next-intl without i18n routing: the locale comes from a cookie, see lib/i18n/request.ts. */
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Headers every response carries. The Content-Security-Policy (with a per-request nonce)
 * is set by proxy.ts; these are the static ones.
 */
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or driver packages are loaded by Node at run time rather than bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "nodemailer"],
  experimental: {
    // Enables `forbidden()` / `unauthorized()` and app/forbidden.tsx.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
