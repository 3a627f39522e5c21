import "server-only";
import type { PartnerCtx, SystemCtx, VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { unsafeAcrossPartners } from "@/lib/accounts/world";
import { lockRow } from "@/lib/db/concurrency";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { claimMachine, dueAtFor, isOpenStatus, type ClaimStatusValue } from "./lifecycle";
import { publishClaimEvent, unsafeHandlersOf, unsafePartnerFollowersOf } from "./notify";
import { claimNumberText } from "./schema";
import type { ClaimSummary } from "./types";

/**
 * One step of a claim, written the same way for every transition: the row is locked and
 * the person's version compared (STALE_EDIT), the new status, SLA due time and open-claim
 * marker written, the timeline entry appended, the audit entry `warrantyClaim.<action>`
 * recorded and the partner's users and the vendor's handlers told — one transaction.
 */

export type LockedClaim = {
  id: string;
  tenantId: string;
  partnerId: string;
  unitId: string;
  number: number;
  status: ClaimStatusValue;
  version: number;
  serial: string;
};

type Ctx = VendorCtx | PartnerCtx;

/** Locks a claim the context may see (a partner: its own) and checks the version it was shown. */
export async function lockClaim(tx: Tx, ctx: Ctx, claimId: string, version: number | null): Promise<LockedClaim> {
  const where = { tenantId: ctx.tenantId, id: claimId, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}) };
  if (!(await tx.warrantyClaim.findFirst({ where, select: { id: true } }))) throw new AppError("NOT_FOUND");
  await lockRow(tx, "WarrantyClaim", { tenantId: ctx.tenantId, id: claimId });
  const claim = await tx.warrantyClaim.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: claimId } },
    select: { id: true, tenantId: true, partnerId: true, unitId: true, number: true, status: true, version: true, unit: { select: { serial: true } } },
  });
  if (version !== null && claim.version !== version) throw new AppError("STALE_EDIT");
  const { unit, ...rest } = claim;
  return { ...rest, serial: unit.serial };
}

async function appendEvent(
  tx: Tx,
  ctx: Ctx | SystemCtx,
  claim: { id: string; partnerId: string },
  entry: { action: string; from: ClaimStatusValue | null; to: ClaimStatusValue; reason: string | null; data?: Record<string, unknown> },
): Promise<void> {
  const last = await tx.warrantyClaimEvent.findFirst({ where: { tenantId: ctx.tenantId, claimId: claim.id }, orderBy: { seq: "desc" }, select: { seq: true } });
  await tx.warrantyClaimEvent.create({
    data: {
      id: createId("warrantyClaimEvent"),
      tenantId: ctx.tenantId,
      partnerId: claim.partnerId,
      claimId: claim.id,
      action: entry.action,
      fromStatus: entry.from,
      toStatus: entry.to,
      reason: entry.reason,
      ...(entry.data ? { data: entry.data as Prisma.InputJsonValue } : {}),
      actorUserId: ctx.user?.id ?? null,
      seq: (last?.seq ?? 0) + 1,
    },
    select: { id: true },
  });
}

/** The first timeline entry of a new claim. */
export async function recordFiled(tx: Tx, ctx: PartnerCtx, claim: { id: string; partnerId: string }, data: Record<string, unknown>): Promise<void> {
  await appendEvent(tx, ctx, claim, { action: "file", from: null, to: "FILED", reason: null, data });
  await recordAudit(tx, ctx, { action: "warrantyClaim.filed", entityType: "WarrantyClaim", entityId: claim.id, after: data as Prisma.InputJsonValue });
}

export type StepOptions = {
  to: ClaimStatusValue;
  reason: string | null;
  /** columns the step sets besides status (RMA number, replacement, credit…) */
  set?: Prisma.WarrantyClaimUncheckedUpdateManyInput;
  /** figures for the timeline and the audit entry */
  data?: Record<string, unknown>;
  /** a step Canal's rules take (the check at filing): the table is checked, not the person's permission */
  byRule?: boolean;
  /** values for the alert (the RMA number) */
  params?: Record<string, string>;
  /** told otherwise (filing announces the claim once, with `warranty.claimFiled`) */
  silent?: boolean;
};

export async function writeClaimStep(tx: Tx, ctx: Ctx, claim: LockedClaim, options: StepOptions, now = new Date()): Promise<ClaimSummary> {
  let action: string;
  let reason = options.reason?.trim() || null;
  if (options.byRule) {
    const rule = claimMachine.rule(claim.status, options.to);
    if (!rule) throw new AppError("INVALID_TRANSITION", { params: { from: claim.status, to: options.to } });
    action = rule.action;
  } else {
    const checked = claimMachine.assert(ctx, claim.status, options.to, reason);
    action = checked.rule.action;
    reason = checked.reason;
  }
  const dueAt = dueAtFor(options.to, now);
  await tx.warrantyClaim.updateMany({
    where: { tenantId: claim.tenantId, id: claim.id },
    data: { ...options.set, status: options.to, openUnitId: isOpenStatus(options.to) ? claim.unitId : null, dueAt, version: { increment: 1 } },
  });
  await appendEvent(tx, ctx, claim, { action, from: claim.status, to: options.to, reason, ...(options.data ? { data: options.data } : {}) });
  await recordAudit(tx, ctx, {
    action: `warrantyClaim.${action}`,
    entityType: "WarrantyClaim",
    entityId: claim.id,
    before: { status: claim.status },
    after: { status: options.to, reason, ...options.data } as Prisma.InputJsonValue,
  });
  const tenant = ctx.tenant;
  if (!options.silent) await unsafeAcrossPartners(tx, ctx, async () =>
    publishClaimEvent(tx, {
      tenant: { id: ctx.tenantId, slug: tenant.slug, name: tenant.name },
      type: "warranty.claimUpdated",
      claimId: claim.id,
      vendorUserIds: await unsafeHandlersOf(tx, ctx.tenantId),
      partnerUserIds: await unsafePartnerFollowersOf(tx, ctx.tenantId, claim.partnerId),
      exceptUserId: ctx.user.id,
      params: { claim: claimNumberText(claim.number), serial: claim.serial, status: options.to, reason: reason ?? "", rma: options.params?.rma ?? "", tenant: tenant.name },
    }),
  );
  const moved = { ...claim, status: options.to, version: claim.version + 1 };
  return { id: moved.id, number: moved.number, status: moved.status, version: moved.version, unitId: moved.unitId, dueAt };
}
