import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Warranty analytics for the vendor (issue 14, item 6), counted in PostgreSQL: units and
 * claims per product, per family and per shipment month (the claim rate is claims ÷ units,
 * left to the reader's locale to format); credits per partner and per policy, in each
 * currency; the most frequent failure codes; claims filed per month. Rejected claims count
 * as claims filed but never as costs. Months are the tenant's calendar months.
 */

export type RateRow = { key: string; label: string; units: number; claims: number };
export type CostRow = { key: string; label: string; currency: string; creditedMinor: bigint; claims: number; replaced: number };
export type WarrantyAnalytics = {
  byProduct: RateRow[];
  byFamily: RateRow[];
  byShipmentMonth: RateRow[];
  costByPartner: CostRow[];
  costByPolicy: CostRow[];
  topFailureCodes: { code: string; claims: number }[];
  claimsPerMonth: { month: string; claims: number }[];
};

type Raw = { key: string | null; label: string | null; units: bigint; claims: bigint };
type RawCost = { key: string | null; label: string | null; currency: string | null; credited: bigint | null; claims: bigint; replaced: bigint };

const rate = (rows: Raw[]): RateRow[] => rows.map((r) => ({ key: r.key ?? "", label: r.label ?? "", units: Number(r.units), claims: Number(r.claims) }));
const cost = (rows: RawCost[]): CostRow[] =>
  rows.map((r) => ({ key: r.key ?? "", label: r.label ?? "", currency: r.currency ?? "", creditedMinor: r.credited ?? BigInt(0), claims: Number(r.claims), replaced: Number(r.replaced) }));

export async function warrantyAnalytics(ctx: VendorCtx, options: { top?: number } = {}): Promise<WarrantyAnalytics> {
  authorize(ctx, "warranties.read");
  const tenantId = ctx.tenantId;
  const tz = ctx.tenant.timeZone;
  const top = Math.min(Math.max(options.top ?? 10, 1), 50);
  return withReadScope(scopeOf(ctx), async (tx) => {
    // units and their claims once per unit, then grouped three ways
    const perUnit = Prisma.sql`
      SELECT u.id, u."productId", u."shippedOn", p.sku, p."nameEn", p."familyId", f."nameEn" AS family,
             (SELECT count(*) FROM "WarrantyClaim" c WHERE c."tenantId" = u."tenantId" AND c."unitId" = u.id) AS claims
        FROM "WarrantyUnit" u
        JOIN "Product" p ON p."tenantId" = u."tenantId" AND p.id = u."productId"
        LEFT JOIN "ProductFamily" f ON f."tenantId" = p."tenantId" AND f.id = p."familyId"
       WHERE u."tenantId" = ${tenantId}`;
    const byProduct = await tx.$queryRaw<Raw[]>`
      SELECT "productId" AS key, sku || ' · ' || "nameEn" AS label, count(*) AS units, sum(claims)::bigint AS claims
        FROM (${perUnit}) x GROUP BY "productId", sku, "nameEn" ORDER BY sum(claims) DESC, sku LIMIT 200`;
    const byFamily = await tx.$queryRaw<Raw[]>`
      SELECT coalesce("familyId", '') AS key, coalesce(family, '') AS label, count(*) AS units, sum(claims)::bigint AS claims
        FROM (${perUnit}) x GROUP BY "familyId", family ORDER BY sum(claims) DESC, family LIMIT 200`;
    const byShipmentMonth = await tx.$queryRaw<Raw[]>`
      SELECT to_char("shippedOn", 'YYYY-MM') AS key, to_char("shippedOn", 'YYYY-MM') AS label, count(*) AS units, sum(claims)::bigint AS claims
        FROM (${perUnit}) x GROUP BY 1 ORDER BY 1 DESC LIMIT 36`;
    const claims = Prisma.sql`
      SELECT c.*, u."policyId" FROM "WarrantyClaim" c JOIN "WarrantyUnit" u ON u."tenantId" = c."tenantId" AND u.id = c."unitId"
       WHERE c."tenantId" = ${tenantId} AND c.status <> 'REJECTED'`;
    const costByPartner = await tx.$queryRaw<RawCost[]>`
      SELECT c."partnerId" AS key, pt.name AS label, c."creditCurrency" AS currency, sum(c."creditAmountMinor")::bigint AS credited,
             count(*) AS claims, count(c."replacementUnitId") AS replaced
        FROM (${claims}) c JOIN "Partner" pt ON pt."tenantId" = c."tenantId" AND pt.id = c."partnerId"
       GROUP BY c."partnerId", pt.name, c."creditCurrency" ORDER BY credited DESC NULLS LAST, claims DESC LIMIT 200`;
    const costByPolicy = await tx.$queryRaw<RawCost[]>`
      SELECT coalesce(c."policyId", '') AS key, coalesce(po.name, '') AS label, c."creditCurrency" AS currency, sum(c."creditAmountMinor")::bigint AS credited,
             count(*) AS claims, count(c."replacementUnitId") AS replaced
        FROM (${claims}) c LEFT JOIN "WarrantyPolicy" po ON po."tenantId" = c."tenantId" AND po.id = c."policyId"
       GROUP BY c."policyId", po.name, c."creditCurrency" ORDER BY credited DESC NULLS LAST, claims DESC LIMIT 200`;
    const topFailureCodes = await tx.$queryRaw<{ code: string; claims: bigint }[]>`
      SELECT "failureCode" AS code, count(*) AS claims FROM "WarrantyClaim" WHERE "tenantId" = ${tenantId}
       GROUP BY "failureCode" ORDER BY count(*) DESC, "failureCode" LIMIT ${top}`;
    const claimsPerMonth = await tx.$queryRaw<{ month: string; claims: bigint }[]>`
      SELECT to_char("createdAt" AT TIME ZONE 'UTC' AT TIME ZONE ${tz}, 'YYYY-MM') AS month, count(*) AS claims
        FROM "WarrantyClaim" WHERE "tenantId" = ${tenantId} GROUP BY 1 ORDER BY 1 LIMIT 120`;
    return {
      byProduct: rate(byProduct),
      byFamily: rate(byFamily),
      byShipmentMonth: rate(byShipmentMonth),
      costByPartner: cost(costByPartner),
      costByPolicy: cost(costByPolicy),
      topFailureCodes: topFailureCodes.map((r) => ({ code: r.code, claims: Number(r.claims) })),
      claimsPerMonth: claimsPerMonth.map((r) => ({ month: r.month, claims: Number(r.claims) })),
    };
  });
}
