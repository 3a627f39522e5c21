/**
 * End-to-end journeys in Debian's Chromium against a production build (`next start`).
 * Playwright starts webServers before globalSetup, so the database is the first
 * webServer (scripts/e2e-db.ts: fresh migrated + seeded database, readiness URL) and
 * the app the second. Build first: the test command runs `next build` before this.
 */
import { defineConfig, devices } from "@playwright/test";
import { e2eConfig } from "./scripts/db/e2e";

const db = e2eConfig();
const APP_PORT = Number(process.env.E2E_APP_PORT || 3100);
export const baseURL = `http://localhost:${APP_PORT}`;

/**
 * Debian's headless shell (`apt-get install chromium-headless-shell`), the same Blink as
 * `/usr/bin/chromium` without the browser's UI layer: the browser was over half of the
 * machine's CPU during a run, and the same journeys took a quarter less time in the shell.
 */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium-headless-shell",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  // Generous: a timeout only costs time when a test fails, and a busy 2-core machine makes
  // the CPU-bound steps (password hashing on sign-in and invitation accept) take seconds.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // A trace is recorded only when a failed test is retried (CI retries once; locally pass
    // `--trace on`): recording every test's trace and throwing it away when it passed was a
    // third of the journeys' time (6 journeys: 3.5 → 2.1 min).
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: chromium,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, testIgnore: /mobile\.spec\.ts/ },
    {
      name: "mobile",
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, launchOptions: chromium },
      testMatch: /mobile\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: "node node_modules/tsx/dist/cli.mjs scripts/e2e-db.ts",
      url: db.readyUrl,
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      stdout: "pipe",
    },
    {
      // The server keeps idle connections longer than any client here holds them: with
      // Node's 5 s default, a request sent on a pooled socket as the server closes it fails
      // with "socket hang up" (seen in the isolation matrix under load).
      // Served as `npm start` serves it, by two processes (scripts/next-cluster.mjs): every
      // journey also proves that no request depends on which process served the one before.
      command: `node scripts/next-cluster.mjs start -p ${APP_PORT} --keepAliveTimeout 65000`,
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: {
        DATABASE_APP_URL: db.appUrl,
        APP_URL: baseURL,
        // next-auth builds its redirect URLs (sign-out's callbackUrl) from NEXTAUTH_URL and
        // falls back to http://localhost:3000 without it; scripts/run-app.ts sets it the same way.
        NEXTAUTH_URL: baseURL,
        AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
        DEV_MAILBOX_ENABLED: "true",
        // Playwright plays the one reverse proxy in front of the app: each test sends its
        // own client address in X-Forwarded-For (tests/e2e/helpers.ts), the last entry.
        TRUSTED_PROXY_COUNT: "1",
        PUBLIC_SIGNUP_ENABLED: "true",
        CANAL_STRICT_I18N: "1",
        NEXT_TELEMETRY_DISABLED: "1",
        LOG_LEVEL: "warn",
        WEB_CONCURRENCY: "2",
      },
    },
  ],
});
