/**
 * `npm run db:migrate`: brings the dev database up to date (embedded PostgreSQL in
 * .data/postgres, or DATABASE_URL) and refreshes the app role, then stops.
 */
import { runMain } from "./lifecycle";
import { redactUrl } from "./pg-url";
import { prepareDatabase } from "./prepare";

runMain(async () => {
  const db = await prepareDatabase({ mode: "dev" });
  // Embedded URLs carry fixed dev passwords (handy for psql); hide a real server's.
  const show = (url: string) => (process.env.DATABASE_URL ? redactUrl(url) : url);
  console.log(`db: owner URL ${show(db.ownerUrl)}`);
  console.log(`db: app URL   ${show(db.appUrl)}`);
  await db.stop();
});
