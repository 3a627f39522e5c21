import "server-only";
import { dateToDay, dayToDate, todayIn } from "@/lib/activities/dates";
import { unsafeAcrossPartners } from "@/lib/accounts/world";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockKey, lockRow } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { claimFile } from "@/lib/files/claim";
import { createId } from "@/lib/ids";
import { appendEntry, assertAvailable, lockFund, moneyText, outstandingReservation } from "./ledger";
import { claimMachine } from "./lifecycle";
import { publishCoopEvent, unsafeFollowersOf, unsafePayersOf, unsafeReviewersOf } from "./notify";
import { positiveAmount } from "./funds";
import { claimDeadlineFor } from "./periods";
import { auditable, checkActivity, lockRequest, moveRequest, releaseRequest, shareOf } from "./requests";
import type { AnswerClaimInput, ClaimInput, CoopClaimStatusValue, DecideClaimInput } from "./schema";
import type { ClaimSummary } from "./types";

/**
 * Claims: after the activity the partner claims with its actual cost and proof of
 * performance. The claimed amount is reserved at once under the fund's row lock — so 50
 * simultaneous claims on a fund with room for 10 leave exactly 10 standing — from the
 * fund's available balance, or from its request's approval (which it may not exceed). A
 * reviewer approves in full or in part (the rest is released), rejects (all released) or
 * asks for more proof; payment is ./pay.ts. Every refusal happens before anything is written.
 */

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });
const tenantNames = (ctx: VendorCtx | PartnerCtx) => ({ id: ctx.tenantId, slug: ctx.tenant.slug, name: ctx.tenant.name });
const SUMMARY = { id: true, status: true, version: true, claimedMinor: true, approvedMinor: true, currency: true } as const;

async function attachProofs(tx: Tx, ctx: PartnerCtx, claimId: string, ids: readonly string[]): Promise<string[]> {
  const fileIds = [...new Set(ids)];
  for (const [i, fileId] of fileIds.entries()) await claimFile(tx, ctx, { fileId, purpose: "coop.proof", partnerId: ctx.partnerId, field: `proofFileIds.${i}` });
  const known = new Set((await tx.coopDocument.findMany({ where: { tenantId: ctx.tenantId, claimId }, select: { fileId: true } })).map((d) => d.fileId));
  const fresh = fileIds.filter((id) => !known.has(id));
  if (fresh.length) await tx.coopDocument.createMany({ data: fresh.map((fileId) => ({ id: createId("coopDocument"), tenantId: ctx.tenantId, partnerId: ctx.partnerId, claimId, fileId })) });
  return fresh;
}

async function submitInTx(tx: Tx, ctx: PartnerCtx, input: ClaimInput): Promise<ClaimSummary> {
  await lockKey(tx, `coop-claim:${ctx.tenantId}:${ctx.partnerId}:${input.submissionKey}`);
  const replay = await tx.coopClaim.findUnique({ where: { tenantId_partnerId_submissionKey: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, submissionKey: input.submissionKey } }, select: SUMMARY });
  if (replay) return replay;
  const today = todayIn(ctx.tenant.timeZone);
  const request = input.requestId ? await lockRequest(tx, ctx, input.requestId, null) : null;
  if (request?.status === "CLAIMED") throw new AppError("COOP_ALREADY_CLAIMED");
  if (request && request.status !== "APPROVED") throw new AppError("INVALID_TRANSITION", { params: { from: request.status, to: "CLAIMED" } });
  const fund = await lockFund(tx, ctx, request?.fundId ?? input.fundId);
  const activityType = request?.activityType ?? input.activityType;
  checkActivity(fund, { activityType, startsOn: input.startsOn, endsOn: input.endsOn }, today);
  if (input.endsOn > today) throw fieldError("endsOn", "coop.validation.notYetHappened");
  if (!request && fund.program.requiresPreApproval) throw new AppError("COOP_PREAPPROVAL_REQUIRED");
  const deadline = request?.claimDeadline ? dateToDay(request.claimDeadline) : claimDeadlineFor(input.endsOn, fund.program.claimDays, fund.expiresOn);
  if (today > deadline) throw new AppError("COOP_DEADLINE_PASSED", { params: { deadline } });
  const actualCostMinor = positiveAmount(input.actualCost, fund.currency, "actualCost");
  const claimedMinor = positiveAmount(input.claimed, fund.currency, "claimed");
  if (claimedMinor > shareOf(actualCostMinor, fund.program.maxShareBp)) throw fieldError("claimed", "coop.validation.overShare");
  if (request) {
    const held = await outstandingReservation(tx, ctx.tenantId, { requestId: request.id });
    if (claimedMinor > held) throw new AppError("COOP_OVER_APPROVED", { params: { approved: moneyText(held, fund.currency) } });
  } else {
    await assertAvailable(tx, fund, claimedMinor);
  }

  const id = createId("coopClaim");
  await tx.coopClaim.create({
    data: {
      id,
      tenantId: ctx.tenantId,
      partnerId: ctx.partnerId,
      fundId: fund.id,
      requestId: request?.id ?? null,
      activityType,
      title: input.title,
      startsOn: dayToDate(input.startsOn),
      endsOn: dayToDate(input.endsOn),
      actualCostMinor,
      claimedMinor,
      currency: fund.currency,
      submissionKey: input.submissionKey,
      submittedByName: ctx.user.name,
    },
    select: { id: true },
  });
  if (request) {
    await moveRequest(tx, ctx, request, "CLAIMED", null);
    // the request's reservation moves to the claim: released (as Canal's rule), then reserved again below
    await unsafeAcrossPartners(tx, ctx, () => releaseRequest(tx, ctx, fund, request.id, "claimed"));
  }
  await appendEntry(tx, ctx, fund, { kind: "RESERVATION", amountMinor: claimedMinor, claimId: id, requestId: request?.id });
  const proofs = await attachProofs(tx, ctx, id, input.proofFileIds);
  await recordAudit(tx, ctx, {
    action: "coopClaim.submitted",
    entityType: "CoopClaim",
    entityId: id,
    after: { fundId: fund.id, requestId: request?.id ?? null, activityType, actualCostMinor: actualCostMinor.toString(), claimedMinor: claimedMinor.toString(), proofs },
  });
  await unsafeAcrossPartners(tx, ctx, async () =>
    publishCoopEvent(tx, {
      tenant: tenantNames(ctx),
      type: "coop.claimSubmitted",
      side: "vendor",
      userIds: await unsafeReviewersOf(tx, ctx.tenantId),
      params: { partner: ctx.partner.name, title: input.title, program: fund.program.name, amount: moneyText(claimedMinor, fund.currency) },
    }),
  );
  return { id, status: "SUBMITTED", version: 0, claimedMinor, approvedMinor: null, currency: fund.currency };
}

/** The partner claims; a double submit (same key) answers with the first claim and reserves nothing more. */
export async function submitClaim(ctx: PartnerCtx, input: ClaimInput): Promise<ClaimSummary> {
  authorize(ctx, "ownCoop.manage");
  return withScope(scopeOf(ctx), (tx) => submitInTx(tx, ctx, input));
}

export type LockedClaim = { id: string; tenantId: string; partnerId: string; fundId: string; status: CoopClaimStatusValue; version: number; title: string; claimedMinor: bigint; approvedMinor: bigint | null; currency: string };

/** Locks a claim the context may see (a partner: its own) and checks the version it was shown. */
export async function lockClaim(tx: Tx, ctx: VendorCtx | PartnerCtx, claimId: string, version: number): Promise<LockedClaim> {
  const where = { tenantId: ctx.tenantId, id: claimId, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}) };
  if (!(await tx.coopClaim.findFirst({ where, select: { id: true } }))) throw new AppError("NOT_FOUND");
  await lockRow(tx, "CoopClaim", { tenantId: ctx.tenantId, id: claimId });
  const claim = await tx.coopClaim.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: claimId } },
    select: { id: true, tenantId: true, partnerId: true, fundId: true, status: true, version: true, title: true, claimedMinor: true, approvedMinor: true, currency: true },
  });
  if (claim.version !== version) throw new AppError("STALE_EDIT");
  return claim;
}

/** Writes a claim's new state (checked by the machine) and its audit entry. */
export async function moveClaim(tx: Tx, ctx: VendorCtx | PartnerCtx, claim: LockedClaim, to: CoopClaimStatusValue, reason: string | null, patch: Record<string, unknown> = {}): Promise<ClaimSummary> {
  const { rule, reason: trimmed } = claimMachine.assert(ctx, claim.status, to, reason);
  await tx.coopClaim.update({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: claim.id } },
    data: { status: to, version: { increment: 1 }, ...(trimmed ? { reason: trimmed } : {}), ...patch },
    select: { id: true },
  });
  await recordAudit(tx, ctx, { action: `coopClaim.${rule.action}`, entityType: "CoopClaim", entityId: claim.id, before: { status: claim.status }, after: { status: to, reason: trimmed, ...auditable(patch) } });
  const approvedMinor = "approvedMinor" in patch ? (patch.approvedMinor as bigint) : claim.approvedMinor;
  return { id: claim.id, status: to, version: claim.version + 1, claimedMinor: claim.claimedMinor, approvedMinor, currency: claim.currency };
}

/** Approve in full or in part (the rest released), reject (all released), or ask for more proof. */
export async function decideClaim(ctx: VendorCtx, input: DecideClaimInput): Promise<ClaimSummary> {
  authorize(ctx, "coop.review");
  return withScope(scopeOf(ctx), async (tx) => {
    const claim = await lockClaim(tx, ctx, input.claimId, input.version);
    const to = input.decision === "APPROVE" ? "APPROVED" : input.decision === "REJECT" ? "REJECTED" : "INFO_REQUESTED";
    claimMachine.assert(ctx, claim.status, to, input.reason);
    const fund = await lockFund(tx, ctx, claim.fundId);
    let moved: ClaimSummary;
    if (to === "APPROVED") {
      const approvedMinor = input.approved ? positiveAmount(input.approved, fund.currency, "approved") : claim.claimedMinor;
      if (approvedMinor > claim.claimedMinor) throw fieldError("approved", "coop.validation.overClaimed");
      const held = await outstandingReservation(tx, ctx.tenantId, { claimId: claim.id });
      moved = await moveClaim(tx, ctx, claim, to, input.reason, { approvedMinor, decidedByName: ctx.user.name });
      if (held > approvedMinor) await appendEntry(tx, ctx, fund, { kind: "RELEASE", amountMinor: held - approvedMinor, claimId: claim.id, reason: input.reason ?? "approved in part" });
    } else if (to === "REJECTED") {
      const held = await outstandingReservation(tx, ctx.tenantId, { claimId: claim.id });
      moved = await moveClaim(tx, ctx, claim, to, input.reason, { decidedByName: ctx.user.name });
      if (held > 0n) await appendEntry(tx, ctx, fund, { kind: "RELEASE", amountMinor: held, claimId: claim.id, reason: input.reason });
    } else {
      moved = await moveClaim(tx, ctx, claim, to, input.reason);
    }
    const partial = moved.approvedMinor !== null && moved.approvedMinor < claim.claimedMinor;
    const names = { title: claim.title, amount: moneyText(moved.approvedMinor ?? claim.claimedMinor, fund.currency), reason: input.reason ?? "" };
    await publishCoopEvent(tx, {
      tenant: tenantNames(ctx),
      type: "coop.updated",
      side: "partner",
      userIds: await unsafeFollowersOf(tx, ctx.tenantId, claim.partnerId),
      params: { ...names, subject: "claim", status: partial ? "PARTLY_APPROVED" : to },
    });
    if (to === "APPROVED") {
      const partner = await tx.partner.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: claim.partnerId } }, select: { name: true } });
      await publishCoopEvent(tx, { tenant: tenantNames(ctx), type: "coop.claimApproved", side: "vendor", userIds: await unsafePayersOf(tx, ctx.tenantId), exceptUserId: ctx.user.id, params: { ...names, partner: partner.name } });
    }
    return moved;
  });
}

/** The partner answers a question with a note and more proof: back to the reviewers. */
export async function answerClaim(ctx: PartnerCtx, input: AnswerClaimInput): Promise<ClaimSummary> {
  authorize(ctx, "ownCoop.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const claim = await lockClaim(tx, ctx, input.claimId, input.version);
    claimMachine.assert(ctx, claim.status, "SUBMITTED", input.note);
    const proofs = await attachProofs(tx, ctx, claim.id, input.proofFileIds);
    const moved = await moveClaim(tx, ctx, claim, "SUBMITTED", input.note);
    await recordAudit(tx, ctx, { action: "coopClaim.proofAdded", entityType: "CoopClaim", entityId: claim.id, after: { proofs, note: input.note } });
    await unsafeAcrossPartners(tx, ctx, async () =>
      publishCoopEvent(tx, {
        tenant: tenantNames(ctx),
        type: "coop.claimSubmitted",
        side: "vendor",
        userIds: await unsafeReviewersOf(tx, ctx.tenantId),
        params: { partner: ctx.partner.name, title: claim.title, program: "", amount: moneyText(claim.claimedMinor, claim.currency) },
      }),
    );
    return moved;
  });
}
