import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { FILE_SELECT, toFileInfo } from "@/lib/files/rows";
import type { Coverage } from "./coverage";
import type { ClaimStatusValue } from "./lifecycle";
import type { ClaimDetail, ClaimSummary } from "./types";

/** A claim with its timeline, for the vendor (any of the tenant's) and the partner (its own). */

const DETAIL_SELECT = {
  id: true,
  number: true,
  status: true,
  version: true,
  unitId: true,
  dueAt: true,
  failureCode: true,
  description: true,
  coverage: true,
  rmaNumber: true,
  returnInstructions: true,
  creditAmountMinor: true,
  creditCurrency: true,
  creditNoteId: true,
  createdAt: true,
  unit: { select: { serial: true } },
  partner: { select: { id: true, name: true } },
  replacement: { select: { id: true, serial: true } },
  photos: { select: { file: { select: FILE_SELECT } }, orderBy: { createdAt: "asc" as const } },
  events: { select: { action: true, fromStatus: true, toStatus: true, reason: true, actorUserId: true, createdAt: true }, orderBy: { seq: "asc" as const } },
} as const;

async function detail(tx: Tx, where: { tenantId: string; id: string; partnerId?: string }): Promise<ClaimDetail> {
  const row = await tx.warrantyClaim.findFirst({ where, select: DETAIL_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    version: row.version,
    unitId: row.unitId,
    dueAt: row.dueAt,
    serial: row.unit.serial,
    partner: row.partner,
    failureCode: row.failureCode,
    description: row.description,
    coverage: row.coverage as unknown as Coverage,
    rmaNumber: row.rmaNumber,
    returnInstructions: row.returnInstructions,
    replacement: row.replacement ? { unitId: row.replacement.id, serial: row.replacement.serial } : null,
    credit: row.creditAmountMinor !== null && row.creditCurrency ? { amountMinor: row.creditAmountMinor, currency: row.creditCurrency, creditNoteId: row.creditNoteId } : null,
    createdAt: row.createdAt,
    photos: row.photos.map((p) => toFileInfo(p.file)),
    timeline: row.events.map((e) => ({ action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, reason: e.reason, actorUserId: e.actorUserId, at: e.createdAt })),
  };
}

export async function getClaim(ctx: VendorCtx, claimId: string): Promise<ClaimDetail> {
  authorize(ctx, "warranties.read");
  return withReadScope(scopeOf(ctx), (tx) => detail(tx, { tenantId: ctx.tenantId, id: claimId }));
}

export async function getOwnClaim(ctx: PartnerCtx, claimId: string): Promise<ClaimDetail> {
  authorize(ctx, "ownWarranties.read");
  return withReadScope(scopeOf(ctx), (tx) => detail(tx, { tenantId: ctx.tenantId, id: claimId, partnerId: ctx.partnerId }));
}

const SUMMARY_SELECT = { id: true, number: true, status: true, version: true, unitId: true, dueAt: true } as const;

/** The vendor's queue, newest first, optionally by status. */
export async function listClaims(ctx: VendorCtx, filter: { status?: ClaimStatusValue } = {}): Promise<ClaimSummary[]> {
  authorize(ctx, "warranties.read");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.warrantyClaim.findMany({ where: { tenantId: ctx.tenantId, ...(filter.status ? { status: filter.status } : {}) }, select: SUMMARY_SELECT, orderBy: { createdAt: "desc" }, take: 200 }),
  );
}

export async function listOwnClaims(ctx: PartnerCtx): Promise<ClaimSummary[]> {
  authorize(ctx, "ownWarranties.read");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.warrantyClaim.findMany({ where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId }, select: SUMMARY_SELECT, orderBy: { createdAt: "desc" }, take: 200 }),
  );
}
