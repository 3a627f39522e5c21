import "server-only";
import { todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type SystemCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { computeCoverage, dayOf, type CoveragePolicy, type CoverageUnit } from "./coverage";
import { resolvePolicy } from "./resolve";
import type { UnitCoverage } from "./types";

/**
 * Loading a unit's coverage facts and the lookup by serial number, for the vendor (every
 * unit of the tenant) and for the owning partner (its own units only: the query names the
 * partner, and row-level security agrees).
 */

const POLICY_SELECT = {
  id: true,
  name: true,
  months: true,
  startRule: true,
  latestStartMonths: true,
  requiresRegistration: true,
  coversParts: true,
  coversLabour: true,
  coversOnSite: true,
  partner: { select: { name: true } },
} as const;

export const UNIT_SELECT = {
  id: true,
  serial: true,
  source: true,
  partnerId: true,
  productId: true,
  shippedOn: true,
  saleOn: true,
  registeredOn: true,
  replacesUnitId: true,
  endCustomerName: true,
  endCustomerLocale: true,
  installationSite: true,
  policy: { select: POLICY_SELECT },
  extensions: { select: { months: true } },
  product: { select: { id: true, sku: true, nameEn: true, nameEs: true, familyId: true } },
  partner: { select: { id: true, name: true } },
} as const;

type PolicyRow = {
  id: string;
  name: string;
  months: number;
  startRule: CoveragePolicy["startRule"];
  latestStartMonths: number | null;
  requiresRegistration: boolean;
  coversParts: boolean;
  coversLabour: boolean;
  coversOnSite: boolean;
  partner: { name: string } | null;
};

type UnitRow = {
  id: string;
  serial: string;
  partnerId: string;
  productId: string;
  shippedOn: Date;
  saleOn: Date | null;
  registeredOn: Date | null;
  replacesUnitId: string | null;
  policy: PolicyRow | null;
  extensions: { months: number }[];
  product: { familyId: string | null };
};

const policyOf = (row: PolicyRow): CoveragePolicy => ({
  id: row.id,
  name: row.name,
  partnerName: row.partner?.name ?? null,
  months: row.months,
  startRule: row.startRule,
  latestStartMonths: row.latestStartMonths,
  requiresRegistration: row.requiresRegistration,
  coversParts: row.coversParts,
  coversLabour: row.coversLabour,
  coversOnSite: row.coversOnSite,
});

/** The policy that applies today to a unit that had none pinned when it became known. */
async function currentPolicy(tx: Tx, tenantId: string, unit: UnitRow): Promise<CoveragePolicy | null> {
  const targets = [{ productId: unit.productId }, ...(unit.product.familyId ? [{ familyId: unit.product.familyId }] : [])];
  const policies = await tx.warrantyPolicy.findMany({
    where: { tenantId, active: true, OR: targets, AND: [{ OR: [{ partnerId: null }, { partnerId: unit.partnerId }] }] },
    select: { ...POLICY_SELECT, partnerId: true, productId: true, familyId: true, active: true, createdAt: true },
  });
  const found = resolvePolicy(policies, { productId: unit.productId, familyId: unit.product.familyId, partnerId: unit.partnerId });
  return found ? policyOf(found.policy) : null;
}

const MAX_CHAIN = 20;

/** The coverage facts of a unit, following a replacement back to the unit it replaces. */
export async function coverageUnitOf(tx: Tx, tenantId: string, row: UnitRow, depth = 0): Promise<CoverageUnit> {
  let original: CoverageUnit | null = null;
  if (row.replacesUnitId && depth < MAX_CHAIN) {
    const parent = await tx.warrantyUnit.findUnique({ where: { tenantId_id: { tenantId, id: row.replacesUnitId } }, select: UNIT_SELECT });
    // a partner may not read the unit it replaced if that unit belonged to another partner: the vendor makes replacements for the same partner
    if (parent) original = await coverageUnitOf(tx, tenantId, parent, depth + 1);
  }
  return {
    serial: row.serial,
    shippedOn: dayOf(row.shippedOn)!,
    registeredOn: dayOf(row.registeredOn),
    saleOn: dayOf(row.saleOn),
    policy: row.policy ? policyOf(row.policy) : await currentPolicy(tx, tenantId, row),
    extensionMonths: row.extensions.reduce((sum, e) => sum + e.months, 0),
    original,
  };
}

export async function tenantToday(tx: Tx, ctx: VendorCtx | PartnerCtx | SystemCtx, now = new Date()): Promise<string> {
  if (ctx.audience !== "system") return todayIn(ctx.tenant.timeZone, now);
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { timeZone: true } });
  return todayIn(tenant.timeZone, now);
}

type FullUnitRow = UnitRow & {
  source: UnitCoverage["source"];
  endCustomerName: string | null;
  endCustomerLocale: string | null;
  installationSite: string | null;
  product: UnitCoverage["product"] & { familyId: string | null };
  partner: UnitCoverage["partner"];
};

export async function unitCoverageOf(tx: Tx, tenantId: string, row: FullUnitRow, today: string): Promise<UnitCoverage> {
  const facts = await coverageUnitOf(tx, tenantId, row);
  const { familyId: _family, ...product } = row.product;
  return {
    unitId: row.id,
    serial: row.serial,
    product,
    partner: row.partner,
    source: row.source,
    shippedOn: facts.shippedOn,
    registration: row.endCustomerName
      ? { endCustomerName: row.endCustomerName, endCustomerLocale: row.endCustomerLocale, saleOn: facts.saleOn, registeredOn: facts.registeredOn, installationSite: row.installationSite }
      : null,
    today,
    coverage: computeCoverage(facts, today),
  };
}

async function lookup(tx: Tx, ctx: VendorCtx | PartnerCtx, serial: string, now: Date): Promise<UnitCoverage[]> {
  const rows = await tx.warrantyUnit.findMany({
    where: { tenantId: ctx.tenantId, serial: serial.trim(), ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}) },
    select: UNIT_SELECT,
    orderBy: { createdAt: "asc" },
    take: 20,
  });
  if (!rows.length) throw new AppError("NOT_FOUND");
  const today = await tenantToday(tx, ctx, now);
  const out: UnitCoverage[] = [];
  for (const row of rows) out.push(await unitCoverageOf(tx, ctx.tenantId, row, today));
  return out;
}

/** Coverage of every unit with this serial (one per product that has it); NOT_FOUND when none. */
export async function lookupCoverage(ctx: VendorCtx, serial: string, now = new Date()): Promise<UnitCoverage[]> {
  authorize(ctx, "warranties.read");
  return withReadScope(scopeOf(ctx), (tx) => lookup(tx, ctx, serial, now));
}

/** The partner's own units with this serial; another partner's unit is NOT_FOUND. */
export async function lookupOwnCoverage(ctx: PartnerCtx, serial: string, now = new Date()): Promise<UnitCoverage[]> {
  authorize(ctx, "ownWarranties.read");
  return withReadScope(scopeOf(ctx), (tx) => lookup(tx, ctx, serial, now));
}

/** One unit by id (the vendor's unit page). */
export async function getUnitCoverage(ctx: VendorCtx, unitId: string, now = new Date()): Promise<UnitCoverage> {
  authorize(ctx, "warranties.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const row = await tx.warrantyUnit.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: unitId } }, select: UNIT_SELECT });
    if (!row) throw new AppError("NOT_FOUND");
    return unitCoverageOf(tx, ctx.tenantId, row, await tenantToday(tx, ctx, now));
  });
}

/** One of the partner's own units by id. */
export async function getOwnUnitCoverage(ctx: PartnerCtx, unitId: string, now = new Date()): Promise<UnitCoverage> {
  authorize(ctx, "ownWarranties.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const row = await tx.warrantyUnit.findFirst({ where: { tenantId: ctx.tenantId, id: unitId, partnerId: ctx.partnerId }, select: UNIT_SELECT });
    if (!row) throw new AppError("NOT_FOUND");
    return unitCoverageOf(tx, ctx.tenantId, row, await tenantToday(tx, ctx, now));
  });
}

export type UnitListItem = { unitId: string; serial: string; sku: string; partnerName: string; shippedOn: string; registered: boolean; source: UnitCoverage["source"] };

const LIST_SELECT = { id: true, serial: true, shippedOn: true, registeredOn: true, source: true, product: { select: { sku: true } }, partner: { select: { name: true } } } as const;

const listItem = (row: { id: string; serial: string; shippedOn: Date; registeredOn: Date | null; source: UnitCoverage["source"]; product: { sku: string }; partner: { name: string } }): UnitListItem => ({
  unitId: row.id,
  serial: row.serial,
  sku: row.product.sku,
  partnerName: row.partner.name,
  shippedOn: dayOf(row.shippedOn)!,
  registered: row.registeredOn !== null,
  source: row.source,
});

/** The tenant's units, newest first (by partner when given); the first 200. */
export async function listUnits(ctx: VendorCtx, filter: { partnerId?: string } = {}): Promise<UnitListItem[]> {
  authorize(ctx, "warranties.read");
  return withReadScope(scopeOf(ctx), async (tx) =>
    (
      await tx.warrantyUnit.findMany({ where: { tenantId: ctx.tenantId, ...(filter.partnerId ? { partnerId: filter.partnerId } : {}) }, select: LIST_SELECT, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 200 })
    ).map(listItem),
  );
}

/** The partner's own units, newest first; the first 200. */
export async function listOwnUnits(ctx: PartnerCtx): Promise<UnitListItem[]> {
  authorize(ctx, "ownWarranties.read");
  return withReadScope(scopeOf(ctx), async (tx) =>
    (await tx.warrantyUnit.findMany({ where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId }, select: LIST_SELECT, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 200 })).map(listItem),
  );
}
