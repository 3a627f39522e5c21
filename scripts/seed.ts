/**
 * Seeds the demo data (tenant `acme`, …) through the services. Refuses to touch a
 * database that is not on this machine unless SEED_ALLOW_REMOTE=1.
 * Usage: npm run db:seed
 */
import { hasAnyTenant, seedDemo } from "@/lib/seed/demo";

function isLocal(url: string | undefined): boolean {
  if (!url) return false;
  const host = new URL(url).hostname;
  return ["localhost", "127.0.0.1", "::1", "[::1]"].includes(host);
}

async function main() {
  const url = process.env.DATABASE_APP_URL;
  if (!isLocal(url) && process.env.SEED_ALLOW_REMOTE !== "1") {
    console.error("Refusing to seed a non-local database. Set SEED_ALLOW_REMOTE=1 if you really mean it.");
    process.exit(1);
  }
  if (await hasAnyTenant()) {
    console.log("Demo data already present (tenant 'acme'); nothing to do.");
    return;
  }
  const started = Date.now();
  await seedDemo();
  console.log(`Demo data seeded in ${Date.now() - started} ms.`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
