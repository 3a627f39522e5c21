/**
 * A large catalog and 50 published price lists for `npm run bench -- pricing`, written
 * straight into the database by the owner role with `generate_series` (the services would
 * take minutes): products with costs and floors, one base list with volume breaks, partner
 * type lists (a list-wide percentage plus their own breaks) and customised partner lists
 * (absolute prices), each as a live published version with its prices — the rows a
 * publication through lib/pricing/publish.ts leaves. Prices are deterministic per product.
 */
import pg from "pg";
import { idTag } from "./format";

const TYPES = ["DISTRIBUTOR", "WHOLESALER", "RETAILER", "VAR", "OEM", "REFERRAL"] as const;

export type PriceWorld = { products: number; lists: number; prices: number; partnerIds: string[] };

/**
 * `products` active products (ids prd_bench…, SKUs B-00001…), base prices 10.00–1,009.99, cost
 * 55 % and floor 70 % of the base; lists: 1 base (every product, breaks at 10 and 100 for one
 * in three), `types` partner-type lists (−5…−15 % list-wide, 10 % of products with their own
 * break), and partner lists for `partners` of the given partner ids (5 % of products each).
 */
export async function generatePriceWorld(
  ownerUrl: string,
  tenantId: string,
  options: { products: number; typeLists: number; partnerIds: readonly string[]; currency?: string; /** ids prd_<tag>…: "bench" unless two catalogs share a database */ tag?: string },
): Promise<PriceWorld> {
  const currency = options.currency ?? "USD";
  const tag = idTag(options.tag ?? "bench");
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`not a currency code: ${currency}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Product" (id, "tenantId", sku, "nameEn", "nameEs", status, "createdAt", "updatedAt")
       SELECT 'prd_${tag}' || lpad(g::text, 8, '0'), $1, 'B-' || lpad(g::text, 5, '0'),
              'Bench product ' || lpad(g::text, 5, '0'), 'Producto de prueba ' || lpad(g::text, 5, '0'), 'ACTIVE', now(), now()
       FROM generate_series(1, $2::int) g`,
      [tenantId, options.products],
    );
    // base price in cents: 1,000 + (g × 7,919) mod 100,000
    const base = `(1000 + (g * 7919) % 100000)`;
    await client.query(
      `INSERT INTO "ProductCost" (id, "tenantId", "productId", currency, "costMinor", "floorMinor", "createdAt", "updatedAt")
       SELECT 'pco_${tag}' || lpad(g::text, 8, '0'), $1, 'prd_${tag}' || lpad(g::text, 8, '0'), '${currency}', ${base} * 55 / 100, ${base} * 70 / 100, now(), now()
       FROM generate_series(1, $2::int) g`,
      [tenantId, options.products],
    );
    type ListRow = { id: string; target: string; partnerType: string | null; partnerId: string | null; adjust: string | null; from: string; until: string | null };
    const lists: ListRow[] = [
      { id: `prl_${tag}base`, target: "BASE", partnerType: null, partnerId: null, adjust: null, from: "2020-01-01", until: null },
      ...Array.from({ length: options.typeLists }, (_, i): ListRow => {
        // a type's second list takes over when its first ends (2030): never two at once
        const later = i >= TYPES.length;
        return {
          id: `prl_${tag}type${String(i).padStart(3, "0")}`,
          target: "PARTNER_TYPE",
          partnerType: TYPES[i % TYPES.length]!,
          partnerId: null,
          adjust: `-${5 + (i % 11)}`,
          from: later ? "2030-01-01" : "2020-01-01",
          until: later ? null : "2029-12-31",
        };
      }),
      ...options.partnerIds.map((partnerId, i): ListRow => ({
        id: `prl_${tag}ptn${String(i).padStart(4, "0")}`,
        target: "PARTNER",
        partnerType: null,
        partnerId,
        adjust: null,
        from: "2020-01-01",
        until: null,
      })),
    ];
    let prices = 0;
    for (const [index, list] of lists.entries()) {
      const versionId = list.id.replace(/^prl_/, "plv_");
      for (const table of ["PriceList", "PriceListVersion"] as const) {
        await client.query(
          `INSERT INTO "${table}" (id, "tenantId", ${table === "PriceList" ? "" : `"listId", number, live, `}name, target, "partnerType", "partnerId", currency, "validFrom", "validUntil", "adjustPercent"${table === "PriceList" ? `, status, "publishedNumber", "createdAt", "updatedAt"` : ""})
           VALUES ($1, $2, ${table === "PriceList" ? "" : `$10, 1, true, `}$3, $4::"PriceListTarget", $5::"PartnerType", $6, '${currency}', $7::date, $8::date, $9::numeric${table === "PriceList" ? `, 'PUBLISHED', 1, now(), now()` : ""})`,
          table === "PriceList"
            ? [list.id, tenantId, `Bench ${list.id}`, list.target, list.partnerType, list.partnerId, list.from, list.until, list.adjust]
            : [versionId, tenantId, `Bench ${list.id}`, list.target, list.partnerType, list.partnerId, list.from, list.until, list.adjust, list.id],
        );
      }
      const insert = (where: string, quantity: string, method: string, amount: string, percent: string) =>
        client.query(
          `INSERT INTO "PublishedPrice" (id, "tenantId", "versionId", "productId", "minQuantity", method, "amountMinor", percent)
           SELECT 'ppr_' || $3 || '_' || g || '_' || ${quantity}, $1, $3, 'prd_${tag}' || lpad(g::text, 8, '0'), ${quantity}, '${method}'::"PriceMethod", ${amount}, ${percent}
           FROM generate_series(1, $2::int) g WHERE ${where}`,
          [tenantId, options.products, versionId],
        );
      if (list.target === "BASE") {
        prices += (await insert("true", "1", "PRICE", base, "NULL")).rowCount ?? 0;
        prices += (await insert("g % 3 = 0", "10", "PRICE", `${base} * 97 / 100`, "NULL")).rowCount ?? 0;
        prices += (await insert("g % 3 = 0", "100", "PRICE", `${base} * 92 / 100`, "NULL")).rowCount ?? 0;
      } else if (list.target === "PARTNER_TYPE") {
        prices += (await insert(`g % 10 = ${index % 10}`, "50", "PERCENT", "NULL", `-${12 + (index % 6)}`)).rowCount ?? 0;
      } else {
        prices += (await insert(`g % 20 = ${index % 20}`, "1", "PRICE", `${base} * 85 / 100`, "NULL")).rowCount ?? 0;
        prices += (await insert(`g % 20 = ${index % 20}`, "100", "PRICE", `${base} * 80 / 100`, "NULL")).rowCount ?? 0;
      }
    }
    await client.query("COMMIT");
    for (const table of ["Product", "ProductCost", "PriceListVersion", "PublishedPrice"]) await client.query(`ANALYZE "${table}"`);
    return { products: options.products, lists: lists.length, prices, partnerIds: [...options.partnerIds] };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
