/**
 * A large channel for benchmarks: partners and end-customer accounts written straight into
 * the database by the owner role with `generate_series` (200,000 accounts in seconds; the
 * services would take minutes), spread deterministically over countries, regions, postal
 * codes and industries so territory rules match realistic shares. The territory tree and
 * its rules are made through the services, so they are exactly what the app would store.
 */
import pg from "pg";
import { idTag } from "./format";

export const COUNTRIES = ["MX", "US", "ES", "BR", "DE", "AR", "CO", "FR", "CL", "PT"] as const;
const REGIONS = ["norte", "sur", "centro", "este", "oeste"] as const;
const INDUSTRIES = ["RETAIL", "ENERGY", "HEALTHCARE", "MANUFACTURING", "LOGISTICS", "TECHNOLOGY", "FINANCE", "OTHER"] as const;

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

/** `count` partners of `tenantId` named "Bench Partner 00001"…, ids ptn_<tag>… ("bench" unless two channels share a database); returns nothing. */
export async function generatePartners(ownerUrl: string, tenantId: string, count: number, tag = "bench"): Promise<void> {
  idTag(tag);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Partner" (id, "tenantId", name, type, status, country, "createdAt", "updatedAt")
       SELECT 'ptn_${tag}' || lpad(g::text, 8, '0'), $1, 'Bench Partner ' || lpad(g::text, 6, '0'),
              (ARRAY['DISTRIBUTOR','WHOLESALER','RETAILER','VAR','OEM','REFERRAL'])[1 + g % 6]::"PartnerType",
              (ARRAY['ACTIVE','ACTIVE','ACTIVE','ONBOARDING','SUSPENDED'])[1 + g % 5]::"PartnerStatus",
              (${sqlArray(COUNTRIES)})[1 + g % ${COUNTRIES.length}],
              now() - make_interval(secs => g), now()
       FROM generate_series(1, $2::int) g`,
      [tenantId, count],
    );
  } finally {
    await client.end();
  }
}

/**
 * `count` accounts numbered from `from`: one in ten direct, the rest spread over the
 * first `partners` bench partners; keys (name key, domain, tax id) unique per account.
 */
export async function generateAccounts(
  ownerUrl: string,
  tenantId: string,
  options: { from: number; count: number; partners: number },
): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Account" (id, "tenantId", "partnerId", name, "nameKey", domain, "taxId", country, region, "regionKey",
                              "postalCode", industry, "createdAt", "updatedAt")
       SELECT 'acc_bench' || lpad(g::text, 9, '0'), $1,
              CASE WHEN g % 10 = 0 OR $4::int = 0 THEN NULL ELSE 'ptn_bench' || lpad((1 + g % $4::int)::text, 8, '0') END,
              'Customer ' || lpad(g::text, 7, '0') || ' ' || substr(md5(g::text), 1, 6),
              'customer ' || lpad(g::text, 7, '0') || ' ' || substr(md5(g::text), 1, 6),
              'c' || g || '.example', 'TX' || g,
              (${sqlArray(COUNTRIES)})[1 + (g * 7) % ${COUNTRIES.length}],
              initcap((${sqlArray(REGIONS)})[1 + (g * 13) % ${REGIONS.length}]),
              (${sqlArray(REGIONS)})[1 + (g * 13) % ${REGIONS.length}],
              lpad(((g * 7919) % 100000)::text, 5, '0'),
              (${sqlArray(INDUSTRIES)})[1 + (g * 3) % ${INDUSTRIES.length}],
              now() - make_interval(secs => g), now()
       FROM generate_series($2::int, $2::int + $3::int - 1) g`,
      [tenantId, options.from, options.count, options.partners],
    );
    await client.query(`ANALYZE "Account"`);
  } finally {
    await client.end();
  }
}

/**
 * A tree of about a hundred territories and rules at three levels: a region per two
 * countries, a country territory (country rule), regional areas (country + region) and
 * postal areas (country + postal prefix), plus an industry-wide team with a priority.
 */
export function benchTree(): { name: string; rules: Record<string, unknown>[]; children: { name: string; rules: Record<string, unknown>[]; children: { name: string; rules: Record<string, unknown>[] }[] }[] }[] {
  const regions = [];
  for (let i = 0; i < COUNTRIES.length; i += 2) {
    regions.push({
      name: `Region ${i / 2 + 1}`,
      rules: [],
      children: COUNTRIES.slice(i, i + 2).map((country) => ({
        name: `Country ${country}`,
        rules: [{ country }],
        children: [
          ...REGIONS.map((region) => ({ name: `${country} ${region}`, rules: [{ country, region }] })),
          ...["1", "23", "456"].map((prefix) => ({ name: `${country} postal ${prefix}`, rules: [{ country, postalPrefix: prefix }] })),
        ],
      })),
    });
  }
  regions.push({ name: "Energy team", rules: [{ industry: "ENERGY", priority: 10 }], children: [] });
  return regions;
}
