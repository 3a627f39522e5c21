/**
 * `npm run seed:large -- --orders 1000000 [--tenant acme] [--partners N] [--products 2000] [--lines 4]`:
 * fills one tenant of the development database (embedded PostgreSQL in .data/postgres, or
 * DATABASE_URL as the owner) with a large channel: thousands of partners, a catalog with a
 * base price list, and `--orders` orders with their lines, timeline, shipments, invoices, payments and stock
 * ledger, in realistic shapes (scripts/bench/order-data.ts: skewed partner sizes, 24 months
 * of seasonality, statuses by age). Everything is written inside PostgreSQL with
 * `INSERT … SELECT generate_series` by the owner role, so a million order lines take
 * minutes, not hours. The tenant's first portal user's partner gets the largest share, so
 * its portal shows a big distributor's book. The demo data are seeded first on an empty
 * database. A second run adds `--orders` more orders to the same book.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { generatePartners } from "./bench/channel-data";
import { generateOrders } from "./bench/order-data";
import { generatePriceWorld } from "./bench/price-data";
import { runMain } from "./db/lifecycle";
import { prepareDatabase } from "./db/prepare";
import { databaseHasTenant, ensurePrismaClient, runSeed } from "./db/tasks";

const { values } = parseArgs({
  options: {
    orders: { type: "string", default: "100000" },
    tenant: { type: "string", default: "acme" },
    partners: { type: "string" },
    products: { type: "string", default: "2000" },
    lines: { type: "string", default: "4" },
  },
});

const positive = (name: string, text: string | undefined): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number from 1 (got "${text}")`);
  return value;
};

runMain(async () => {
  const orders = positive("orders", values.orders);
  // a few big distributors and a long tail: about one partner per hundred orders, 200 to 5,000
  const partners = positive("partners", values.partners ?? String(Math.min(5000, Math.max(200, Math.round(orders / 100)))));
  const products = positive("products", values.products);
  const lines = positive("lines", values.lines);
  const external = process.env.DATABASE_URL;
  if (external && !["localhost", "127.0.0.1", "::1", "[::1]"].includes(new URL(external).hostname) && process.env.SEED_ALLOW_REMOTE !== "1") {
    throw new Error("refusing to fill a database that is not on this machine (SEED_ALLOW_REMOTE=1 if you really mean it)");
  }
  await ensurePrismaClient();
  const db = await prepareDatabase({ mode: "dev" });
  if (!(await databaseHasTenant(db.ownerUrl))) await runSeed(db);

  const client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
  const one = async <T>(sql: string, params: unknown[]): Promise<T | undefined> => (await client.query(sql, params)).rows[0] as T | undefined;
  try {
    const tenant = await one<{ id: string; currency: string }>(`SELECT id, currency FROM "Tenant" WHERE slug = $1`, [values.tenant]);
    if (!tenant) throw new Error(`no tenant "${values.tenant}" in this database (--tenant <slug>)`);
    const admin = await one<{ id: string; name: string | null }>(
      `SELECT u.id, u.name FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."tenantId" = $1 AND m.role = 'TENANT_ADMIN' ORDER BY m."createdAt" LIMIT 1`,
      [tenant.id],
    );
    if (!admin) throw new Error(`tenant "${values.tenant}" has no administrator`);
    const anchor = await one<{ partnerId: string }>(`SELECT "partnerId" FROM "PartnerUser" WHERE "tenantId" = $1 ORDER BY "createdAt" LIMIT 1`, [tenant.id]);
    const existing = await one<{ tenantId: string }>(`SELECT "tenantId" FROM "Product" WHERE id = 'prd_bench00000001'`, []);
    if (existing && existing.tenantId !== tenant.id) throw new Error("another tenant of this database already holds the generated data (ids are global): use that tenant");

    const started = performance.now();
    let from = 1;
    let partnerCount = partners;
    let productCount = products;
    if (existing) {
      // a further run continues the book on the partners and products already there
      const counts = await one<{ orders: number; partners: number; products: number }>(
        `SELECT (SELECT count(*)::int FROM "Order" WHERE "tenantId" = $1 AND id LIKE 'ord_lgbench%') AS orders,
                (SELECT count(*)::int FROM "Partner" WHERE "tenantId" = $1 AND id LIKE 'ptn_bench%') AS partners,
                (SELECT count(*)::int FROM "Product" WHERE "tenantId" = $1 AND id LIKE 'prd_bench%') AS products`,
        [tenant.id],
      );
      from = (counts?.orders ?? 0) + 1;
      partnerCount = counts?.partners ?? partners;
      productCount = counts?.products ?? products;
      console.log(`seed:large: continuing the book of "${values.tenant}" from order ${from} (${partnerCount} partners, ${productCount} products)`);
    } else {
      await generatePartners(db.ownerUrl, tenant.id, partnerCount);
      // the ten largest are distributors, active
      await client.query(`UPDATE "Partner" SET type = 'DISTRIBUTOR', status = 'ACTIVE' WHERE "tenantId" = $1 AND id <= 'ptn_bench00000010' AND id LIKE 'ptn_bench%'`, [tenant.id]);
      await generatePriceWorld(db.ownerUrl, tenant.id, { products: productCount, typeLists: 0, partnerIds: [], currency: tenant.currency });
      console.log(`seed:large: ${partnerCount.toLocaleString("en")} partners and ${productCount.toLocaleString("en")} products in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const counts = await generateOrders(db.ownerUrl, tenant.id, {
      from,
      count: orders,
      partners: partnerCount,
      anchorPartnerId: anchor?.partnerId ?? null,
      products: productCount,
      linesPerOrder: lines,
      currency: tenant.currency,
      userId: admin.id,
      userName: admin.name ?? "Canal",
      log: (line) => console.log(line),
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `seed:large: ${counts.orders.toLocaleString("en")} orders, ${counts.lines.toLocaleString("en")} order lines, ${counts.events.toLocaleString("en")} timeline entries, ` +
        `${counts.shipments.toLocaleString("en")} shipments (${counts.shipmentLines.toLocaleString("en")} lines), ${counts.movements.toLocaleString("en")} stock movements, ` +
        `${counts.invoices.toLocaleString("en")} invoices, ${counts.payments.toLocaleString("en")} payments ` +
        `in ${seconds.toFixed(1)} s (${Math.round(counts.lines / seconds).toLocaleString("en")} order lines/s) into "${values.tenant}"`,
    );
  } finally {
    await client.end();
    await db.stop();
  }
});
