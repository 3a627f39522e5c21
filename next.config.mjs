import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";
import { addCompileHints } from "./scripts/build/compile-hints.mjs";

/**
 * next-intl without i18n routing: the locale comes from a cookie, see lib/i18n/request.ts.
 * The catalogs (lib/i18n/messages/<locale>/*.json) are compiled at build time
 * (`precompile`): without it every request parsed each message with arguments anew
 * (intl-messageformat, its formatter cache lives for one request) — about a tenth of the
 * server's CPU on a signed-in page. Code run outside Next (worker, seed, tests) reads the
 * same JSON as plain ICU strings through use-intl's runtime compiler.
 */
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./lib/i18n/messages", format: "json", locales: ["en", "es"], precompile: true },
  },
});

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

/**
 * The icon sprite's version (components/ui/sprite-icon.ts): a hash of what the sprite is
 * made of — the files that list and draw its icons and lucide's version — so its address
 * changes exactly when its content can, and browsers may cache it for a year.
 */
function spriteVersion() {
  const hash = createHash("sha256");
  for (const file of [
    "components/ui/sprite-sheet.ts",
    "components/ui/svg-icon.tsx",
    "components/shell/nav-icons.tsx",
    "node_modules/lucide-react/package.json",
  ]) {
    hash.update(fs.readFileSync(path.join(import.meta.dirname, file)));
  }
  return hash.digest("base64url").slice(0, 12);
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `CANAL_SOURCEMAPS=1 npx next build`: browser source maps, for attributing the client's
  // bytes and main-thread time to files (`npm run bench -- main-thread`); never in a real build.
  productionBrowserSourceMaps: process.env.CANAL_SOURCEMAPS === "1",
  poweredByHeader: false,
  env: { CANAL_SPRITE_VERSION: spriteVersion() },
  // Native or driver packages are loaded by Node at run time rather than bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "nodemailer", "pdfkit"],
  experimental: {
    // Enables `forbidden()` / `unauthorized()` and app/forbidden.tsx.
    authInterrupts: true,
    // A CI clone builds once: writing Turbopack's build cache (~20 s at the end of the build)
    // only pays off for the next build on the same checkout.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  // `npm test` runs `tsc --noEmit` over the whole repository before it builds and sets
  // CANAL_TYPECHECKED=1: the build's own check of the same files would cost another minute.
  // Every other build (`npm run build`, `npm start`) still checks.
  typescript: { ignoreBuildErrors: process.env.CANAL_TYPECHECKED === "1" },
  compiler: {
    // The framework's chunks ask V8 to compile them while they download (scripts/build/compile-hints.mjs).
    runAfterProductionCompile: async ({ projectDir, distDir }) => {
      addCompileHints(path.resolve(projectDir, distDir));
    },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
