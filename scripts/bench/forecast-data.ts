/**
 * What the forecast comparison screen reads, at scale, on top of the order book of
 * scripts/bench/order-data.ts (years of monthly history on thousands of partners): every
 * bench partner placed in one leaf of the bench territory tree (its country's regional
 * areas, scripts/bench/channel-data.ts `benchTree`), and partners' own forecasts (one
 * version each for the first `forecasters` partners, a month for each of the next
 * `months`), written by the owner role with `unnest` / `generate_series` in one statement
 * each. The published snapshots are then made by the real forecast run (lib/forecasting/run.ts).
 */
import pg from "pg";
import { COUNTRIES } from "./channel-data";

async function withOwner<T>(ownerUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Partner g (country COUNTRIES[g % 10], scripts/bench/channel-data.ts) goes to one of its
 * country's leaves in turn; `leaves` maps a country to its leaf territory ids.
 */
export async function placePartners(ownerUrl: string, tenantId: string, partners: number, leaves: ReadonlyMap<string, readonly string[]>): Promise<number> {
  const partnerIds: string[] = [];
  const territoryIds: string[] = [];
  for (let g = 1; g <= partners; g++) {
    const inCountry = leaves.get(COUNTRIES[g % COUNTRIES.length]!) ?? [];
    if (!inCountry.length) continue;
    partnerIds.push(`ptn_bench${String(g).padStart(8, "0")}`);
    territoryIds.push(inCountry[Math.floor(g / COUNTRIES.length) % inCountry.length]!);
  }
  return withOwner(ownerUrl, async (client) => {
    const result = await client.query(
      `INSERT INTO "TerritoryPartner" (id, "tenantId", "territoryId", "partnerId")
       SELECT 'tpa_bench' || lpad(n::text, 8, '0'), $1, t, p FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(p, t, n)`,
      [tenantId, partnerIds, territoryIds],
    );
    await client.query(`ANALYZE "TerritoryPartner"`);
    return result.rowCount ?? 0;
  });
}

/** Version 1 of the first `forecasters` partners' own forecasts: `months` months from `from` (YYYY-MM). */
export async function generatePartnerForecasts(
  ownerUrl: string,
  tenantId: string,
  options: { forecasters: number; from: string; months: number; currency: string; userId: string },
): Promise<number> {
  return withOwner(ownerUrl, async (client) => {
    await client.query(
      `INSERT INTO "PartnerForecast" (id, "tenantId", "partnerId", version, currency, "submittedByUserId", "submittedByName")
       SELECT 'pfc_bench' || lpad(g::text, 8, '0'), $1, 'ptn_bench' || lpad(g::text, 8, '0'), 1, $3, $4, 'Bench Partner'
       FROM generate_series(1, $2::int) g`,
      [tenantId, options.forecasters, options.currency, options.userId],
    );
    const lines = await client.query(
      `INSERT INTO "PartnerForecastLine" (id, "tenantId", "partnerId", "forecastId", period, "amountMinor")
       SELECT 'pfl_bench' || lpad(g::text, 8, '0') || '_' || m, $1, 'ptn_bench' || lpad(g::text, 8, '0'), 'pfc_bench' || lpad(g::text, 8, '0'),
              to_char(to_date($3, 'YYYY-MM') + make_interval(months => m), 'YYYY-MM'),
              (100000 + abs(hashint8(g::bigint * 1000003 + m)) % 5000000)
       FROM generate_series(1, $2::int) g, generate_series(0, $4::int - 1) m`,
      [tenantId, options.forecasters, options.from, options.months],
    );
    await client.query(`ANALYZE "PartnerForecast"`);
    await client.query(`ANALYZE "PartnerForecastLine"`);
    return lines.rowCount ?? 0;
  });
}
