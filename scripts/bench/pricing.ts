/**
 * `npm run bench -- pricing` (optionally `--products 5000 --type-lists 10 --partner-lists 39 --resolutions 200000 --samples 20`):
 * on a throwaway embedded PostgreSQL with a generated catalog and 50 published price lists
 * (scripts/bench/price-data.ts), prints
 *   (a) price resolutions per second, in-process: the engine (lib/pricing/resolve.ts) over
 *       the 50 loaded lists, random partner × product × quantity, each with its explanation
 *       and next break (goal ≥ 50,000/s);
 *   (b) a partner's full effective price list (every product, with its breaks) as the
 *       portal's CSV download computes it, server time p50/p95 (goal p95 < 300 ms);
 *   (c) the full consistency scan of the tenant: the guard over every list and product, and
 *       the scheduled scan's whole transaction (load, check, findings written) (goal < 2 s).
 * Figures only: nothing passes or fails here. Everything it starts it stops.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { runMain } from "../db/lifecycle";
import { prepareDatabase } from "../db/prepare";
import { ensurePrismaClient } from "../db/tasks";
import { generatePartners } from "./channel-data";
import { generatePriceWorld } from "./price-data";

const { values } = parseArgs({
  options: {
    products: { type: "string", default: "5000" },
    "type-lists": { type: "string", default: "10" },
    "partner-lists": { type: "string", default: "39" },
    resolutions: { type: "string", default: "200000" },
    samples: { type: "string", default: "20" },
    runs: { type: "string", default: "3" },
  },
});
const PRODUCTS = Number(values.products);
const TYPE_LISTS = Number(values["type-lists"]);
const PARTNER_LISTS = Number(values["partner-lists"]);
const RESOLUTIONS = Number(values.resolutions);
const SAMPLES = Number(values.samples);
const RUNS = Number(values.runs);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

runMain(async () => {
  await ensurePrismaClient();
  const db = await prepareDatabase({ mode: "test", quiet: true });
  Object.assign(process.env, {
    DATABASE_APP_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    AUTH_SECRET: randomBytes(48).toString("base64url"),
    LOG_LEVEL: "error",
  });
  const { prisma } = await import("@/lib/db/client");
  const { withScope } = await import("@/lib/db/scope");
  const { scopeOf } = await import("@/lib/auth/context");
  const { loadLiveLists } = await import("@/lib/pricing/world");
  const { resolvePrice } = await import("@/lib/pricing/resolve");
  const { guardInput } = await import("@/lib/pricing/checks");
  const { checkPrices } = await import("@/lib/pricing/guard");
  const { scanTenant } = await import("@/lib/pricing/scan");
  const { exportEffectivePriceList } = await import("@/lib/pricing/quote");
  const { createPartnerWithUser, createTestTenant } = await import("../../tests/fixtures/factories");

  console.log(`Pricing benchmark — Node ${process.version}, embedded PostgreSQL`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (other processes share the cores)`);

  const admin = await createTestTenant({ currency: "USD" });
  // the partner whose portal is measured: a distributor with a customised list, through the services
  const buyer = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerType: "DISTRIBUTOR" });
  let started = performance.now();
  await generatePartners(db.ownerUrl, admin.tenantId, PARTNER_LISTS - 1);
  const partnerIds = [buyer.partnerId, ...Array.from({ length: PARTNER_LISTS - 1 }, (_, i) => `ptn_bench${String(i + 1).padStart(8, "0")}`)];
  const world = await generatePriceWorld(db.ownerUrl, admin.tenantId, { products: PRODUCTS, typeLists: TYPE_LISTS, partnerIds });
  console.log(
    `generated ${world.products.toLocaleString("en")} products and ${world.lists} published lists with ${world.prices.toLocaleString("en")} prices in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // (a) in-process resolutions over every live list, as the vendor loads them
  started = performance.now();
  const lists = await withScope(scopeOf(admin), (tx) => loadLiveLists(tx, admin.tenantId, { currency: "USD" }));
  console.log(`loaded ${lists.length} live lists in ${ms(performance.now() - started)}`);
  const types = ["DISTRIBUTOR", "WHOLESALER", "RETAILER", "VAR", "OEM", "REFERRAL"];
  const buyers = partnerIds.map((partnerId, i) => ({ partnerId, partnerType: types[i % types.length]!, tierId: null }));
  const questions = Array.from({ length: 10_000 }, (_, i) => ({
    buyer: buyers[(i * 7) % buyers.length]!,
    productId: `prd_bench${String(1 + ((i * 7919) % PRODUCTS)).padStart(8, "0")}`,
    quantity: [1, 5, 10, 60, 100, 250][i % 6]!,
    date: "2026-06-15",
    currency: "USD",
  }));
  let priced = 0;
  for (let i = 0; i < 20_000; i++) resolvePrice(lists, questions[i % questions.length]!); // warm-up
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < RESOLUTIONS; i++) if (resolvePrice(lists, questions[i % questions.length]!).ok) priced++;
    rates.push(RESOLUTIONS / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  console.log(`(a) ${RESOLUTIONS.toLocaleString("en")} resolutions × ${RUNS} runs over ${lists.length} lists and ${PRODUCTS.toLocaleString("en")} products (explanation and next break included; ${((priced / (RESOLUTIONS * RUNS)) * 100).toFixed(0)} % priced):`);
  console.log(`    median ${Math.round(rates[Math.floor(RUNS / 2)]!).toLocaleString("en")} resolutions/s, best ${Math.round(rates.at(-1)!).toLocaleString("en")} (goal ≥ 50,000/s)`);

  // (b) the partner's whole effective list, as the portal's CSV download computes it
  const full = async () => {
    let rows = 0;
    for await (const row of exportEffectivePriceList(buyer, {})) if (row.breaks.length) rows++;
    return rows;
  };
  const rows = await full();
  for (let i = 0; i < 3; i++) await full();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push(await timed(full));
  times.sort((a, b) => a - b);
  console.log(`(b) a partner's effective list: ${rows.toLocaleString("en")} products with their breaks, ${SAMPLES} samples (server time; goal p95 < 300 ms):`);
  console.log(`    p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);

  // (c) the full consistency scan
  const input = await withScope({ audience: "system", tenantId: admin.tenantId }, (tx) => guardInput(tx, admin.tenantId, "2026-06-15"));
  const guardTimes: number[] = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    guardTimes.push(
      await timed(async () => {
        findings = checkPrices(input).length;
      }),
    );
  }
  const scanTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    scanTimes.push(await timed(() => withScope({ audience: "system", tenantId: admin.tenantId }, (tx) => scanTenant(tx, admin.tenantId, new Date()))));
  }
  guardTimes.sort((a, b) => a - b);
  scanTimes.sort((a, b) => a - b);
  console.log(`(c) consistency scan of ${lists.length} lists × ${PRODUCTS.toLocaleString("en")} products (${findings.toLocaleString("en")} findings), ${RUNS} runs (goal < 2 s):`);
  console.log(`    the guard alone: median ${ms(guardTimes[Math.floor(RUNS / 2)]!)}, best ${ms(guardTimes[0]!)}`);
  console.log(`    the scheduled scan (load, check, findings written): median ${ms(scanTimes[Math.floor(RUNS / 2)]!)}, best ${ms(scanTimes[0]!)}`);
  console.log(`load average ${os.loadavg()[0]!.toFixed(1)} at the end`);
  await prisma().$disconnect();
  // runMain's shutdown stops the throwaway database.
});
