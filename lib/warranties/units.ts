import "server-only";
import { dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type SystemCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { dayOf } from "./coverage";
import { resolvePolicy } from "./resolve";
import type { RegisterSaleInput } from "./schema";
import type { RegistrationResult, SyncResult } from "./types";

/**
 * Units from shipments, and the partner's registration of a sale.
 *
 * A shipped serial becomes a unit in the shipping transaction itself (one call in
 * lib/orders/shipping.ts): the unit exists as soon as the shipment does, with the policy in
 * force that day pinned on it. The `warranties.syncShippedUnits` job runs the same function
 * for serials that have no unit yet (shipped before this module, say); the unique
 * `shippedSerialId` makes running it twice, or at once, harmless.
 */

/** The policies that could apply to these products, resolved per unit in memory. */
async function policiesFor(tx: Tx, tenantId: string, productIds: string[], familyIds: string[]) {
  return tx.warrantyPolicy.findMany({
    where: { tenantId, active: true, OR: [{ productId: { in: productIds } }, { familyId: { in: familyIds } }] },
    select: { id: true, partnerId: true, productId: true, familyId: true, active: true, createdAt: true },
  });
}

export async function pinnedPolicyId(tx: Tx, tenantId: string, unit: { productId: string; familyId: string | null; partnerId: string }): Promise<string | null> {
  const policies = await policiesFor(tx, tenantId, [unit.productId], unit.familyId ? [unit.familyId] : []);
  return resolvePolicy(policies, unit)?.policy.id ?? null;
}

/**
 * Makes a unit of every shipped serial of the tenant (of one shipment, when given) that has
 * none. Creating units is part of shipping: the permission is the one that ships.
 */
export async function syncShippedUnitsInTx(tx: Tx, ctx: VendorCtx | SystemCtx, filter: { shipmentId?: string } = {}): Promise<SyncResult> {
  authorize(ctx, "orders.fulfil");
  const serials = await tx.shippedSerial.findMany({
    where: { tenantId: ctx.tenantId, warrantyUnit: { is: null }, ...(filter.shipmentId ? { shipmentLine: { shipmentId: filter.shipmentId } } : {}) },
    select: { id: true, partnerId: true, productId: true, serial: true, product: { select: { familyId: true } }, shipmentLine: { select: { shipment: { select: { shippedAt: true } } } } },
    take: 5000,
  });
  if (!serials.length) return { created: 0 };
  const timeZone =
    ctx.audience === "vendor" ? ctx.tenant.timeZone : (await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { timeZone: true } })).timeZone;
  const policies = await policiesFor(
    tx,
    ctx.tenantId,
    [...new Set(serials.map((s) => s.productId))],
    [...new Set(serials.flatMap((s) => (s.product.familyId ? [s.product.familyId] : [])))],
  );
  const rows = serials.map((s) => ({
    id: createId("warrantyUnit"),
    tenantId: ctx.tenantId,
    partnerId: s.partnerId,
    productId: s.productId,
    serial: s.serial,
    source: "SHIPMENT" as const,
    shippedSerialId: s.id,
    shippedOn: dayToDate(todayIn(timeZone, s.shipmentLine.shipment.shippedAt)),
    policyId: resolvePolicy(policies, { productId: s.productId, familyId: s.product.familyId, partnerId: s.partnerId })?.policy.id ?? null,
  }));
  // a concurrent run, or an imported unit with the same product and serial, keeps its row
  const created = await tx.warrantyUnit.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true, serial: true, policyId: true } });
  await recordAudits(
    tx,
    ctx,
    created.map((u) => ({ action: "warrantyUnit.created", entityType: "WarrantyUnit", entityId: u.id, after: { serial: u.serial, source: "SHIPMENT", policyId: u.policyId } })),
  );
  return { created: created.length };
}

/** The job's and the back office's entry: units for every shipped serial without one. */
export async function syncShippedUnits(ctx: VendorCtx | SystemCtx): Promise<SyncResult> {
  authorize(ctx, "orders.fulfil");
  return withScope(scopeOf(ctx), (tx) => syncShippedUnitsInTx(tx, ctx));
}

/** Checks a sale day against the unit's ship day and the tenant's today (field errors). */
export function saleDayProblem(saleOn: string, shippedOn: string, today: string): string | null {
  if (saleOn < shippedOn) return "warranties.validation.saleBeforeShipment";
  if (saleOn > today) return "warranties.validation.saleInFuture";
  return null;
}

export async function registerSaleInTx(tx: Tx, ctx: PartnerCtx, input: RegisterSaleInput, today: string): Promise<RegistrationResult> {
  // the query names the partner: another partner's unit (or another tenant's) is NOT_FOUND
  const unit = await tx.warrantyUnit.findFirst({
    where: { tenantId: ctx.tenantId, id: input.unitId, partnerId: ctx.partnerId },
    select: { id: true, shippedOn: true },
  });
  if (!unit) throw new AppError("NOT_FOUND");
  await lockRow(tx, "WarrantyUnit", { tenantId: ctx.tenantId, id: unit.id });
  const locked = await tx.warrantyUnit.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: unit.id } }, select: { registeredOn: true, version: true } });
  if (locked.registeredOn) throw new AppError("WARRANTY_ALREADY_REGISTERED", { params: { day: dayOf(locked.registeredOn)! } });
  const problem = saleDayProblem(input.saleOn, dayOf(unit.shippedOn)!, today);
  if (problem) throw new AppError("VALIDATION_FAILED", { fields: { saleOn: [problem] } });
  const data = {
    endCustomerName: input.endCustomerName,
    endCustomerEmail: input.endCustomerEmail,
    endCustomerLocale: input.endCustomerLocale,
    saleOn: dayToDate(input.saleOn),
    registeredOn: dayToDate(today),
    installationSite: input.installationSite,
    registeredByUserId: ctx.user.id,
  };
  await tx.warrantyUnit.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: unit.id } }, data: { ...data, version: { increment: 1 } }, select: { id: true } });
  await recordAudit(tx, ctx, {
    action: "warrantyUnit.registered",
    entityType: "WarrantyUnit",
    entityId: unit.id,
    after: { endCustomerName: input.endCustomerName, endCustomerLocale: input.endCustomerLocale, saleOn: input.saleOn, registeredOn: today, installationSite: input.installationSite },
  });
  return { unitId: unit.id, registeredOn: today, version: locked.version + 1 };
}

/** The partner registers the sale of one of its units to an end customer. */
export async function registerSale(ctx: PartnerCtx, input: RegisterSaleInput, now = new Date()): Promise<RegistrationResult> {
  authorize(ctx, "ownWarranties.manage");
  const today = todayIn(ctx.tenant.timeZone, now);
  return withScope(scopeOf(ctx), (tx) => registerSaleInTx(tx, ctx, input, today));
}
