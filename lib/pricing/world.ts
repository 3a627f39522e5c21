import "server-only";
import { dateToDay } from "@/lib/activities/dates";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import { percent, type Buyer, type LoadedList, type PriceLevel, type PriceRule } from "./model";

/**
 * Loading what the engine and the guard read: live published versions and their prices.
 * Row-level security decides what a reader can load — a partner session gets only the
 * versions that apply to it — and these loaders add the tenant and currency filters.
 */

type Decimalish = { toString(): string } | null;
type PriceRow = { versionId: string; productId: string; minQuantity: number; method: PriceRule["method"]; amountMinor: bigint | null; percent: Decimalish };

export const ruleOf = (row: Omit<PriceRow, "versionId" | "productId">): PriceRule => ({
  minQuantity: row.minQuantity,
  method: row.method,
  amountMinor: row.amountMinor,
  percent: row.percent === null ? null : percent(row.percent.toString()),
});

/** Rows (in product, minQuantity order) as a product → rules map. */
export function pricesOf(rows: readonly Omit<PriceRow, "versionId">[]): Map<string, PriceRule[]> {
  const prices = new Map<string, PriceRule[]>();
  for (const row of rows) {
    let rules = prices.get(row.productId);
    if (!rules) prices.set(row.productId, (rules = []));
    rules.push(ruleOf(row));
  }
  for (const rules of prices.values()) rules.sort((a, b) => a.minQuantity - b.minQuantity);
  return prices;
}

const VERSION = {
  id: true,
  listId: true,
  number: true,
  name: true,
  target: true,
  partnerType: true,
  partnerId: true,
  tierId: true,
  currency: true,
  validFrom: true,
  validUntil: true,
  adjustPercent: true,
  publishedAt: true,
} as const satisfies Prisma.PriceListVersionSelect;

type VersionRow = Prisma.PriceListVersionGetPayload<{ select: typeof VERSION }>;

/** A list header (a version's, or a draft's) with its prices as the engine reads it. */
export function loadedList(
  row: Omit<VersionRow, "id" | "number" | "publishedAt"> & { versionId: string; number: number; publishedAt: Date },
  prices: ReadonlyMap<string, readonly PriceRule[]>,
): LoadedList {
  return {
    listId: row.listId,
    versionId: row.versionId,
    number: row.number,
    name: row.name,
    level: row.target as PriceLevel,
    partnerType: row.partnerType,
    partnerId: row.partnerId,
    tierId: row.tierId,
    currency: row.currency,
    validFrom: dateToDay(row.validFrom),
    validUntil: row.validUntil ? dateToDay(row.validUntil) : null,
    adjustPercent: row.adjustPercent === null ? null : percent(row.adjustPercent.toString()),
    publishedAt: row.publishedAt.getTime(),
    prices,
  };
}

/**
 * The live versions the reader may see (in `currency`, when given), with their prices
 * (of `productIds` only, when given). `where` narrows the versions further (a buyer's).
 */
export async function loadLiveLists(
  tx: Tx,
  tenantId: string,
  options: { currency?: string; where?: Prisma.PriceListVersionWhereInput; productIds?: readonly string[] } = {},
): Promise<LoadedList[]> {
  const versions = await tx.priceListVersion.findMany({
    where: { AND: [{ tenantId, live: true }, options.currency ? { currency: options.currency } : {}, options.where ?? {}] },
    select: VERSION,
  });
  if (!versions.length) return [];
  // one plain statement (percentages as text, no Decimal objects): a buyer's lists hold
  // thousands of prices and this read is most of a price list's server time
  const versionIds = versions.map((v) => v.id);
  const rows = await tx.$queryRaw<PriceRow[]>`
    SELECT "versionId", "productId", "minQuantity", "method"::text AS "method", "amountMinor", "percent"::text AS "percent"
      FROM "PublishedPrice"
     WHERE "tenantId" = ${tenantId} AND "versionId" = ANY(${versionIds})
       ${options.productIds ? Prisma.sql`AND "productId" = ANY(${[...options.productIds]})` : Prisma.empty}
     ORDER BY "versionId", "productId", "minQuantity"`;
  const byVersion = new Map<string, PriceRow[]>();
  for (const row of rows) {
    let list = byVersion.get(row.versionId);
    if (!list) byVersion.set(row.versionId, (list = []));
    list.push(row);
  }
  return versions.map((v) => loadedList({ ...v, versionId: v.id }, pricesOf(byVersion.get(v.id) ?? [])));
}

/** The versions a buyer's prices can come from (its own, its tier's, its type's, the base lists). */
export function buyerVersions(buyer: Buyer): Prisma.PriceListVersionWhereInput {
  return {
    OR: [
      { target: "BASE" },
      { target: "PARTNER_TYPE", partnerType: buyer.partnerType as PartnerType },
      { target: "PARTNER", partnerId: buyer.partnerId },
      ...(buyer.tierId ? [{ target: "TIER" as const, tierId: buyer.tierId }] : []),
    ],
  };
}

/** A partner of the tenant as a buyer: its type and its current program tier. */
export async function loadBuyer(tx: Tx, tenantId: string, partnerId: string): Promise<Buyer & { name: string }> {
  // with its effective tier in its program (lib/programs keeps it: the override while one
  // holds; one enrolment per partner) — one statement (a join)
  const partner = await tx.partner.findUnique({
    where: { tenantId_id: { tenantId, id: partnerId } },
    select: { id: true, name: true, type: true, programEnrolment: { select: { tierId: true }, take: 1 } },
  });
  if (!partner) throw new AppError("NOT_FOUND");
  return { partnerId: partner.id, name: partner.name, partnerType: partner.type, tierId: partner.programEnrolment[0]?.tierId ?? null };
}

/** A live version and its prices as `buyerListsSql` returns them (JSON: amounts as text). */
export type BuyerListRow = Pick<LoadedList, "listId" | "versionId" | "number" | "name" | "partnerType" | "partnerId" | "tierId" | "currency" | "validFrom" | "validUntil" | "publishedAt"> & {
  target: string;
  adjustPercent: string | null;
  prices: { productId: string; minQuantity: number; method: PriceRule["method"]; amountMinor: string | null; percent: string | null }[];
};

/**
 * `loadLiveLists` with `buyerVersions` in ONE statement, for a caller that sends its reads
 * in one message before it knows the buyer (a submission, lib/orders/submit.ts): the live
 * versions in `currency` of the buyer's type, tier and own lists and the base lists, with
 * their prices of `productIds` (SQL: `currency`, `partnerType` and `tierId` scalar
 * subqueries of the caller's rows, `productIds` a query of product ids).
 * Rows: `BuyerListRow`, read with `buyerListOf`.
 */
export function buyerListsSql(
  tenantId: string,
  sql: { currency: Prisma.Sql; partnerId: string; partnerType: Prisma.Sql; tierId: Prisma.Sql; productIds: Prisma.Sql },
): Prisma.Sql {
  return Prisma.sql`
    SELECT v."id" AS "versionId", v."listId", v."number", v."name", v."target"::text AS "target", v."partnerType"::text AS "partnerType",
           v."partnerId", v."tierId", v."currency", to_char(v."validFrom", 'YYYY-MM-DD') AS "validFrom",
           to_char(v."validUntil", 'YYYY-MM-DD') AS "validUntil", v."adjustPercent"::text AS "adjustPercent",
           (extract(epoch FROM v."publishedAt") * 1000)::float8 AS "publishedAt",
           (SELECT coalesce(json_agg(json_build_object('productId', p."productId", 'minQuantity', p."minQuantity", 'method', p."method",
                                                       'amountMinor', p."amountMinor"::text, 'percent', p."percent"::text)
                                     ORDER BY p."productId", p."minQuantity"), '[]')
              FROM "PublishedPrice" p
             WHERE p."tenantId" = v."tenantId" AND p."versionId" = v."id" AND p."productId" IN (${sql.productIds})) AS "prices"
      FROM "PriceListVersion" v
     WHERE v."tenantId" = ${tenantId} AND v."live" AND v."currency" = ${sql.currency}
       AND (v."target" = 'BASE'
            OR (v."target" = 'PARTNER_TYPE' AND v."partnerType"::text = ${sql.partnerType})
            OR (v."target" = 'PARTNER' AND v."partnerId" = ${sql.partnerId})
            OR (v."target" = 'TIER' AND v."tierId" = ${sql.tierId}))`;
}

/** A row of `buyerListsSql` as the engine reads a list. */
export function buyerListOf(row: BuyerListRow): LoadedList {
  const prices = pricesOf(row.prices.map((p) => ({ ...p, amountMinor: p.amountMinor === null ? null : BigInt(p.amountMinor) })));
  return {
    listId: row.listId,
    versionId: row.versionId,
    number: row.number,
    name: row.name,
    level: row.target as PriceLevel,
    partnerType: row.partnerType,
    partnerId: row.partnerId,
    tierId: row.tierId,
    currency: row.currency,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    adjustPercent: row.adjustPercent === null ? null : percent(row.adjustPercent),
    publishedAt: row.publishedAt,
    prices,
  };
}
