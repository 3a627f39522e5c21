/**
 * `npm run bench -- warranties` (optionally `--units 1000000 --partners 500 --samples 200`):
 * on a throwaway embedded PostgreSQL, a tenant with `units` serialised units (generated in
 * SQL: a standard and a customised policy, one unit in ten registered, one in fifty
 * extended, one in a hundred a replacement of another), then the coverage lookup by serial
 * as the services answer it — the vendor's (any unit of the tenant) and the owning
 * partner's (its own units only, row-level security on) — p50/p95 per call over random
 * serials, and an unknown serial. Goal (issue 14): p95 < 20 ms with 1,000,000 units.
 * Figures only: nothing passes or fails here. Everything it starts it stops.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { randomBytes, randomInt } from "node:crypto";
import pg from "pg";
import { runMain } from "../db/lifecycle";
import { prepareDatabase } from "../db/prepare";
import { ensurePrismaClient } from "../db/tasks";
import { generatePartners } from "./channel-data";

const { values } = parseArgs({
  options: {
    units: { type: "string", default: "1000000" },
    partners: { type: "string", default: "500" },
    samples: { type: "string", default: "200" },
  },
});
const UNITS = Number(values.units);
const PARTNERS = Number(values.partners);
const SAMPLES = Number(values.samples);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function latency(fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const serialOf = (n: number) => `BN-${String(n).padStart(8, "0")}`;

/** Units spread over the bench partners (unit n → partner 1 + n % partners), in one statement. */
async function generateUnits(ownerUrl: string, tenantId: string, input: { productId: string; standardId: string; customId: string; customPartner: string; offerId: string }) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "WarrantyUnit" (id, "tenantId", "partnerId", "productId", serial, source, "shippedOn", "policyId", "replacesUnitId",
                                   "endCustomerName", "endCustomerLocale", "saleOn", "registeredOn", "createdAt")
       SELECT 'wun_bench' || lpad(g::text, 9, '0'), $1,
              'ptn_bench' || lpad((1 + g % $3::int)::text, 8, '0'), $4, 'BN-' || lpad(g::text, 8, '0'),
              (CASE WHEN g % 100 = 0 THEN 'REPLACEMENT' ELSE 'SHIPMENT' END)::"WarrantyUnitSource",
              current_date - (g % 1500),
              CASE WHEN 'ptn_bench' || lpad((1 + g % $3::int)::text, 8, '0') = $6 THEN $5 ELSE $7 END,
              CASE WHEN g % 100 = 0 THEN 'wun_bench' || lpad((g - 1)::text, 9, '0') END,
              CASE WHEN g % 10 = 0 THEN 'Customer ' || g END, CASE WHEN g % 10 = 0 THEN 'en' END,
              CASE WHEN g % 10 = 0 THEN current_date - (g % 1500) END, CASE WHEN g % 10 = 0 THEN current_date - (g % 1500) END,
              now() - make_interval(secs => g)
       FROM generate_series(1, $2::int) g`,
      [tenantId, UNITS, PARTNERS, input.productId, input.customId, input.customPartner, input.standardId],
    );
    await client.query(
      `INSERT INTO "WarrantyExtension" (id, "tenantId", "partnerId", "unitId", "offerId", months)
       SELECT 'wex_bench' || lpad(g::text, 9, '0'), $1, 'ptn_bench' || lpad((1 + g % $3::int)::text, 8, '0'), 'wun_bench' || lpad(g::text, 9, '0'), $4, 12
       FROM generate_series(50, $2::int, 50) g`,
      [tenantId, UNITS, PARTNERS, input.offerId],
    );
    await client.query(`VACUUM ANALYZE "WarrantyUnit"`);
    await client.query(`VACUUM ANALYZE "WarrantyExtension"`);
  } finally {
    await client.end();
  }
}

runMain(async () => {
  await ensurePrismaClient();
  const db = await prepareDatabase({ mode: "test", quiet: true });
  Object.assign(process.env, { DATABASE_APP_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl, AUTH_SECRET: randomBytes(48).toString("base64url"), LOG_LEVEL: "error" });
  const { prisma } = await import("@/lib/db/client");
  const { lookupCoverage, lookupOwnCoverage } = await import("@/lib/warranties/read");
  const { createExtensionOffer, createPolicy } = await import("@/lib/warranties/policies");
  const { extensionOfferSchema, policySchema } = await import("@/lib/warranties/schema");
  const { createPartnerWithUser, createTestTenant } = await import("../../tests/fixtures/factories");
  const { seedProduct } = await import("../../tests/fixtures/catalog");

  console.log(`Warranties benchmark — Node ${process.version}, embedded PostgreSQL`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (other processes share the cores)`);
  const admin = await createTestTenant();
  await generatePartners(db.ownerUrl, admin.tenantId, PARTNERS);
  const customPartner = `ptn_bench${String(1 + 7).padStart(8, "0")}`;
  const partner = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: customPartner });
  const product = await seedProduct(admin, { serialTracked: "on" });
  const extension = await seedProduct(admin, {});
  const standard = await createPolicy(admin, policySchema.parse({ name: "Standard", productId: product.id, months: "24", startRule: "SHIPMENT", coversParts: "on" }));
  const custom = await createPolicy(admin, policySchema.parse({ name: "Gold VAR", partnerId: customPartner, productId: product.id, months: "36", startRule: "REGISTRATION", latestStartMonths: "6" }));
  const offer = await createExtensionOffer(admin, extensionOfferSchema.parse({ productId: extension.id, months: "12" }));
  const started = performance.now();
  await generateUnits(db.ownerUrl, admin.tenantId, { productId: product.id, standardId: standard.id, customId: custom.id, customPartner, offerId: offer.id });
  console.log(`generated ${UNITS.toLocaleString("en")} units over ${PARTNERS} partners in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const vendor = await latency(() => lookupCoverage(admin, serialOf(1 + randomInt(UNITS))));
  // the partner's own units: n with 1 + n % PARTNERS = 8, i.e. n ≡ 7 (mod PARTNERS)
  const own = await latency(() => lookupOwnCoverage(partner, serialOf(7 + PARTNERS * randomInt(Math.floor((UNITS - 7) / PARTNERS)))));
  const replacement = await latency(() => lookupCoverage(admin, serialOf(100 * (1 + randomInt(Math.floor(UNITS / 100))))));
  const unknown = await latency(() => lookupCoverage(admin, "NO-SUCH-SERIAL").catch(() => null));
  console.log(`coverage lookup by serial with ${UNITS.toLocaleString("en")} units, ${SAMPLES} samples each (server time; goal p95 < 20 ms):`);
  for (const [label, { p50, p95 }] of [
    ["vendor, a random serial", vendor],
    ["partner, one of its own serials", own],
    ["vendor, a replacement (follows the original)", replacement],
    ["vendor, an unknown serial (NOT_FOUND)", unknown],
  ] as const) {
    console.log(`    ${label.padEnd(46)} p50 ${ms(p50).padStart(9)}   p95 ${ms(p95).padStart(9)}`);
  }
  console.log(`load average ${os.loadavg()[0]!.toFixed(1)} at the end`);
  await prisma().$disconnect();
  // runMain's shutdown stops the throwaway database.
});
