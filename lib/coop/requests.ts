import "server-only";
import { dateToDay, dayToDate, todayIn } from "@/lib/activities/dates";
import { unsafeAcrossPartners } from "@/lib/accounts/world";
import { authorize, scopeOf, type PartnerCtx, type SystemCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockKey, lockRow } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { claimFile } from "@/lib/files/claim";
import { createId } from "@/lib/ids";
import { appendEntry, assertAvailable, lockFund, moneyText, outstandingReservation, type LockedFund } from "./ledger";
import { requestMachine } from "./lifecycle";
import { publishCoopEvent, unsafeFollowersOf, unsafeReviewersOf } from "./notify";
import { positiveAmount } from "./funds";
import { claimDeadlineFor } from "./periods";
import type { CancelRequestInput, CoopActivityTypeValue, CoopRequestStatusValue, DecideRequestInput, RequestInput } from "./schema";
import type { RequestSummary } from "./types";

/**
 * Pre-approval: the partner proposes an activity (type, dates, planned cost, the amount it
 * asks, co-branded material); a reviewer approves it in full or in part — the approved
 * amount is reserved on the fund under its row lock, so it cannot be promised twice — or
 * rejects it with a reason. The reservation moves to the claim when one is submitted, and
 * is released when the request is cancelled or its claim deadline passes.
 */

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });
const tenantNames = (ctx: VendorCtx | PartnerCtx) => ({ id: ctx.tenantId, slug: ctx.tenant.slug, name: ctx.tenant.name });

/** Checks shared by requests and claims: the activity is one the program pays for, within the fund's period, before it expires. */
export function checkActivity(fund: LockedFund, input: { activityType: CoopActivityTypeValue; startsOn: string; endsOn: string }, today: string): void {
  if (!fund.program.activityTypes.includes(input.activityType)) throw new AppError("COOP_ACTIVITY_NOT_ELIGIBLE");
  if (today >= fund.expiresOn) throw new AppError("COOP_DEADLINE_PASSED", { params: { deadline: fund.expiresOn } });
  if (input.startsOn < fund.periodStart || input.startsOn > fund.periodEnd) throw fieldError("startsOn", "coop.validation.outsidePeriod");
  if (input.endsOn >= fund.expiresOn) throw fieldError("endsOn", "coop.validation.outsidePeriod");
}

/** The largest share of `costMinor` the program reimburses (rounded down: never more than the share). */
export const shareOf = (costMinor: bigint, maxShareBp: number) => (costMinor * BigInt(maxShareBp)) / 10_000n;

const SUMMARY = { id: true, status: true, version: true, requestedMinor: true, approvedMinor: true, currency: true } as const;

async function proposeInTx(tx: Tx, ctx: PartnerCtx, input: RequestInput): Promise<RequestSummary> {
  await lockKey(tx, `coop-request:${ctx.tenantId}:${ctx.partnerId}:${input.submissionKey}`);
  const replay = await tx.coopRequest.findUnique({ where: { tenantId_partnerId_submissionKey: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, submissionKey: input.submissionKey } }, select: SUMMARY });
  if (replay) return replay;
  const fund = await lockFund(tx, ctx, input.fundId);
  checkActivity(fund, input, todayIn(ctx.tenant.timeZone));
  const plannedCostMinor = positiveAmount(input.plannedCost, fund.currency, "plannedCost");
  const requestedMinor = positiveAmount(input.requested, fund.currency, "requested");
  if (requestedMinor > shareOf(plannedCostMinor, fund.program.maxShareBp)) throw fieldError("requested", "coop.validation.overShare");
  const id = createId("coopRequest");
  await tx.coopRequest.create({
    data: {
      id,
      tenantId: ctx.tenantId,
      partnerId: ctx.partnerId,
      fundId: fund.id,
      activityType: input.activityType,
      title: input.title,
      description: input.description ?? "",
      startsOn: dayToDate(input.startsOn),
      endsOn: dayToDate(input.endsOn),
      plannedCostMinor,
      requestedMinor,
      currency: fund.currency,
      submissionKey: input.submissionKey,
      submittedByName: ctx.user.name,
    },
    select: { id: true },
  });
  const fileIds = [...new Set(input.documentFileIds)];
  for (const [i, fileId] of fileIds.entries()) await claimFile(tx, ctx, { fileId, purpose: "coop.material", partnerId: ctx.partnerId, field: `documentFileIds.${i}` });
  if (fileIds.length) await tx.coopDocument.createMany({ data: fileIds.map((fileId) => ({ id: createId("coopDocument"), tenantId: ctx.tenantId, partnerId: ctx.partnerId, requestId: id, fileId })) });
  await recordAudit(tx, ctx, {
    action: "coopRequest.proposed",
    entityType: "CoopRequest",
    entityId: id,
    after: { fundId: fund.id, activityType: input.activityType, title: input.title, plannedCostMinor: plannedCostMinor.toString(), requestedMinor: requestedMinor.toString(), fileIds },
  });
  await unsafeAcrossPartners(tx, ctx, async () =>
    publishCoopEvent(tx, {
      tenant: tenantNames(ctx),
      type: "coop.requestSubmitted",
      side: "vendor",
      userIds: await unsafeReviewersOf(tx, ctx.tenantId),
      params: { partner: ctx.partner.name, title: input.title, activity: input.activityType, program: fund.program.name, amount: moneyText(requestedMinor, fund.currency) },
    }),
  );
  return { id, status: "PROPOSED", version: 0, requestedMinor, approvedMinor: null, currency: fund.currency };
}

/** The partner proposes an activity; a double submit (same key) answers with the first request. */
export async function proposeRequest(ctx: PartnerCtx, input: RequestInput): Promise<RequestSummary> {
  authorize(ctx, "ownCoop.manage");
  return withScope(scopeOf(ctx), (tx) => proposeInTx(tx, ctx, input));
}

export type LockedRequest = {
  id: string;
  tenantId: string;
  partnerId: string;
  fundId: string;
  status: CoopRequestStatusValue;
  version: number;
  title: string;
  activityType: CoopActivityTypeValue;
  endsOn: Date;
  requestedMinor: bigint;
  approvedMinor: bigint | null;
  claimDeadline: Date | null;
  currency: string;
};

/** Locks a request the context may see (a partner: its own) and checks the version it was shown. */
export async function lockRequest(tx: Tx, ctx: VendorCtx | PartnerCtx | SystemCtx, requestId: string, version: number | null): Promise<LockedRequest> {
  const where = { tenantId: ctx.tenantId, id: requestId, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}) };
  if (!(await tx.coopRequest.findFirst({ where, select: { id: true } }))) throw new AppError("NOT_FOUND");
  await lockRow(tx, "CoopRequest", { tenantId: ctx.tenantId, id: requestId });
  const request = await tx.coopRequest.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: requestId } },
    select: { id: true, tenantId: true, partnerId: true, fundId: true, status: true, version: true, title: true, activityType: true, endsOn: true, requestedMinor: true, approvedMinor: true, claimDeadline: true, currency: true },
  });
  if (version !== null && request.version !== version) throw new AppError("STALE_EDIT");
  return request;
}

/** A patch as the audit log stores it: amounts as text, dates as days. */
export function auditable(patch: Record<string, unknown>): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (typeof value === "bigint") out[key] = value.toString();
    else if (value instanceof Date) out[key] = value.toISOString();
    else if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[key] = value;
  }
  return out;
}

/** Writes a request's new state (the machine checked) and its audit entry. */
export async function moveRequest(tx: Tx, ctx: VendorCtx | PartnerCtx | SystemCtx, request: LockedRequest, to: CoopRequestStatusValue, reason: string | null, patch: Record<string, unknown> = {}) {
  const { rule, reason: trimmed } = requestMachine.assert(ctx, request.status, to, reason);
  await tx.coopRequest.update({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: request.id } },
    data: { status: to, version: { increment: 1 }, ...(trimmed && to !== "CLAIMED" ? { decisionReason: trimmed } : {}), ...patch },
    select: { id: true },
  });
  await recordAudit(tx, ctx, { action: `coopRequest.${rule.action}`, entityType: "CoopRequest", entityId: request.id, before: { status: request.status }, after: { status: to, reason: trimmed, ...auditable(patch) } });
  return { ...request, status: to, version: request.version + 1 };
}

/** Approve in full or in part (the approved amount is reserved), or reject with a reason. */
export async function decideRequest(ctx: VendorCtx, input: DecideRequestInput): Promise<RequestSummary> {
  authorize(ctx, "coop.review");
  return withScope(scopeOf(ctx), async (tx) => {
    const request = await lockRequest(tx, ctx, input.requestId, input.version);
    const fund = await lockFund(tx, ctx, request.fundId);
    let approvedMinor: bigint | null = null;
    let moved: LockedRequest;
    if (input.decision === "APPROVE") {
      requestMachine.assert(ctx, request.status, "APPROVED", input.reason);
      approvedMinor = input.approved ? positiveAmount(input.approved, fund.currency, "approved") : request.requestedMinor;
      if (approvedMinor > request.requestedMinor) throw fieldError("approved", "coop.validation.overRequested");
      await assertAvailable(tx, fund, approvedMinor);
      const deadline = claimDeadlineFor(dateToDay(request.endsOn), fund.program.claimDays, fund.expiresOn);
      moved = await moveRequest(tx, ctx, request, "APPROVED", input.reason, { approvedMinor, claimDeadline: dayToDate(deadline), decidedByName: ctx.user.name, decidedAt: new Date() });
      await appendEntry(tx, ctx, fund, { kind: "RESERVATION", amountMinor: approvedMinor, requestId: request.id, reason: input.reason });
    } else {
      moved = await moveRequest(tx, ctx, request, "REJECTED", input.reason, { decidedByName: ctx.user.name, decidedAt: new Date() });
    }
    const partial = approvedMinor !== null && approvedMinor < request.requestedMinor;
    await publishCoopEvent(tx, {
      tenant: tenantNames(ctx),
      type: "coop.updated",
      side: "partner",
      userIds: await unsafeFollowersOf(tx, ctx.tenantId, request.partnerId),
      exceptUserId: ctx.user.id,
      params: { subject: "request", title: request.title, status: partial ? "PARTLY_APPROVED" : moved.status, amount: moneyText(approvedMinor ?? 0n, fund.currency), reason: input.reason ?? "" },
    });
    return { id: moved.id, status: moved.status, version: moved.version, requestedMinor: request.requestedMinor, approvedMinor, currency: request.currency };
  });
}

/** Gives back what a request still holds on its locked fund (cancelled, expired, or moved to its claim). */
export async function releaseRequest(tx: Tx, ctx: VendorCtx | PartnerCtx | SystemCtx, fund: LockedFund, requestId: string, reason: string | null): Promise<bigint> {
  const held = await outstandingReservation(tx, ctx.tenantId, { requestId });
  if (held > 0n) await appendEntry(tx, ctx, fund, { kind: "RELEASE", amountMinor: held, requestId, reason });
  return held;
}

/** The partner withdraws a request; an approved one gives its reservation back. */
export async function cancelRequest(ctx: PartnerCtx, input: CancelRequestInput): Promise<RequestSummary> {
  authorize(ctx, "ownCoop.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const request = await lockRequest(tx, ctx, input.requestId, input.version);
    requestMachine.assert(ctx, request.status, "CANCELLED", input.reason);
    const fund = await lockFund(tx, ctx, request.fundId);
    const moved = await moveRequest(tx, ctx, request, "CANCELLED", input.reason);
    await unsafeAcrossPartners(tx, ctx, () => releaseRequest(tx, ctx, fund, request.id, input.reason ?? "cancelled"));
    return { id: moved.id, status: moved.status, version: moved.version, requestedMinor: request.requestedMinor, approvedMinor: request.approvedMinor, currency: request.currency };
  });
}

