/**
 * Playwright's first webServer: a fresh, migrated and seeded `canal_e2e` database on a
 * fixed port (E2E_PG_PORT, default 54339), then a readiness endpoint on
 * E2E_DB_READY_PORT (default 54340) answering 200 at `/`. Playwright starts webServers
 * before its globalSetup, hence a server and not a setup hook. SIGTERM/SIGINT stop it.
 */
import http from "node:http";
import { e2eConfig, E2E_DATABASE } from "./db/e2e";
import { onShutdown, runMain } from "./db/lifecycle";
import { redactUrl } from "./db/pg-url";
import { prepareDatabase } from "./db/prepare";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./db/pg-url";
import { SERVER_ONLY_SHIM, TSX_CLI, runSeed, spawnNode, waitForExit } from "./db/tasks";

runMain(async () => {
  const config = e2eConfig();
  const db = await prepareDatabase({ mode: "e2e", port: config.pgPort, databaseName: E2E_DATABASE });
  await runSeed(db);
  startWorker(db);

  const server = http.createServer((req, res) => {
    const ok = req.url === "/" || req.url === "";
    res.writeHead(ok ? 200 : 404, { "content-type": "text/plain" }).end(ok ? "ready\n" : "not found\n");
  });
  onShutdown(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // idle keep-alive pollers would hold close() for seconds
      }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) =>
      reject(new Error(`Readiness port ${config.readyPort}: ${error.message} (set E2E_DB_READY_PORT)`)),
    );
    server.listen(config.readyPort, "127.0.0.1", resolve);
  });
  // Embedded URLs carry fixed dev passwords; hide the password of a real server's URL.
  const show = (url: string) => (process.env.DATABASE_URL ? redactUrl(url) : url);
  console.log(`e2e-db: owner URL ${show(db.ownerUrl)}`);
  console.log(`e2e-db: app URL   ${show(db.appUrl)}`);
  console.log(`e2e-db: ready at ${config.readyUrl}`);
  // Serve until a signal: the lifecycle handlers close the server, stop PostgreSQL, exit.
  await new Promise<never>(() => {});
});

/**
 * The alerts worker delivers the e-mails the journeys read from /dev/mailbox; it runs
 * beside the database for the whole test run and stops with it.
 */
function startWorker(db: { appUrl: string; ownerUrl: string }) {
  const script = path.join(REPO_ROOT, "scripts", "worker.ts");
  if (!fs.existsSync(script)) return;
  const env = {
    ...process.env,
    DATABASE_APP_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    APP_URL: process.env.E2E_BASE_URL || `http://localhost:${process.env.E2E_APP_PORT || 3100}`,
    WORKER_POLL_MS: "200",
    LOG_LEVEL: "warn",
  };
  const worker = spawnNode([TSX_CLI, ...SERVER_ONLY_SHIM, script], { env });
  onShutdown(async () => {
    if (worker.exitCode === null) worker.kill("SIGTERM");
    await waitForExit(worker).catch(() => 1);
  });
}
