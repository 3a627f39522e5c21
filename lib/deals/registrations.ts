import "server-only";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { companyNameKey, normalizePostal, normalizeTaxId, regionKey } from "@/lib/accounts/normalize";
import { unsafeAcrossPartners } from "@/lib/accounts/world";
import { addDays, todayIn } from "@/lib/activities/dates";
import { recordAudit } from "@/lib/audit/service";
import { lockKey, lockRow } from "@/lib/db/concurrency";
import { isUniqueViolation } from "@/lib/db/errors";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { claimAnswer, unsafeDetect, type Detection, type Finding } from "./detection";
import { registrationMachine } from "./lifecycle";
import { lineRows } from "./lines";
import { dealLinks, publishDealEvent, unsafeReviewersOf } from "./notify";
import { dealAmountOf, type ClaimCheckInput, type RegistrationInput, type WithdrawRegistrationInput } from "./schema";
import type { ClaimAnswer } from "./types";

/**
 * A partner's side of deal registration: the "is it claimed?" pre-check, submitting a
 * registration (duplicate and conflict detection, evidence for the reviewer, alerts to the
 * reviewers and the territory's reps) and withdrawing one that waits. The answers name the
 * partner's own registration and nothing else: never another claim, never its owner.
 */

/** Furthest a close date may lie ahead (a typo guard: 2062 instead of 2026). */
const MAX_CLOSE_DAYS = 5 * 366;

/** A close date must be a day from today (the tenant's calendar) up to five years ahead. */
export function assertCloseDate(field: string, day: string, today: string): void {
  if (day < today) throw new AppError("VALIDATION_FAILED", { fields: { [field]: ["deals.validation.closeInPast"] } });
  if (day > addDays(today, MAX_CLOSE_DAYS)) throw new AppError("VALIDATION_FAILED", { fields: { [field]: ["deals.validation.closeTooFar"] } });
}

/** The keys and place a detection needs, from what the form said about the customer. */
export function customerOf(input: {
  customerName: string;
  website: string | null;
  taxId: string | null;
  country: string | null;
  region: string | null;
  postalCode: string | null;
  industry: string | null;
}) {
  return {
    keys: { nameKey: companyNameKey(input.customerName), domain: input.website, taxId: normalizeTaxId(input.taxId) },
    place: { country: input.country, regionKey: regionKey(input.region), postalCode: normalizePostal(input.postalCode), industry: input.industry },
  };
}

/**
 * "Is this customer already claimed?" — yes, no, or "by you"; never whose. Counted per
 * partner (`dealClaimCheckByPartner`), so the pre-check cannot list the vendor's customers.
 */
export async function checkClaim(ctx: PartnerCtx, input: ClaimCheckInput): Promise<ClaimAnswer> {
  authorize(ctx, "ownDeals.manage");
  await consumeRateLimit("dealClaimCheckByPartner", `${ctx.tenantId}:${ctx.partnerId}`);
  const { keys, place } = customerOf({ ...input, country: null, region: null, postalCode: null, industry: null });
  // A name too short to compare on its own is looked up by its domain and tax id only.
  const lookup = input.customerName.length >= 2 ? keys : { ...keys, nameKey: "" };
  const today = todayIn(ctx.tenant.timeZone);
  return withScope(scopeOf(ctx), async (tx) => ({
    answer: claimAnswer(await unsafeDetect(tx, ctx, { partnerId: ctx.partnerId, keys: lookup, place, today })),
  }));
}

function matchRow(tenantId: string, registrationId: string, finding: Finding): Prisma.DealMatchCreateManyInput {
  return { id: createId("dealMatch"), tenantId, registrationId, ...finding };
}

function submittedWith(tx: Tx, ctx: PartnerCtx, submissionKey: string): Promise<{ id: string; status: string } | null> {
  return tx.dealRegistration.findFirst({
    where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, submissionKey },
    select: { id: true, status: true },
  });
}

/** Writes a registration in the caller's transaction (also a lead's conversion: lib/leads/convert.ts). */
export async function submitRegistrationInTx(
  tx: Tx,
  ctx: PartnerCtx,
  input: RegistrationInput,
  amountMinor: bigint,
  today: string,
): Promise<{ id: string; status: string }> {
  // The same form sent twice: the second waits for the first and answers its registration (not a duplicate finding).
  await lockKey(tx, `registration:${ctx.tenantId}:${ctx.partnerId}:${input.submissionKey}`);
  const sent = await submittedWith(tx, ctx, input.submissionKey);
  if (sent) return sent;
  const { keys, place } = customerOf(input);
  const detection: Detection = await unsafeDetect(tx, ctx, { partnerId: ctx.partnerId, keys, place, today });
  if (detection.own.exactRegistrationIds.length) {
    const field = keys.taxId ? "taxId" : keys.domain ? "website" : "customerName";
    throw new AppError("VALIDATION_FAILED", { fields: { [field]: ["deals.validation.alreadyRegistered"] } });
  }
  const id = createId("registration");
  const rep = detection.reps[0] ?? null;
  await tx.dealRegistration.create({
    data: {
      id,
      tenantId: ctx.tenantId,
      partnerId: ctx.partnerId,
      title: input.title,
      customerName: input.customerName,
      nameKey: keys.nameKey,
      domain: keys.domain,
      taxId: keys.taxId,
      country: input.country,
      region: input.region,
      regionKey: place.regionKey,
      postalCode: place.postalCode,
      industry: input.industry,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      contactPhone: input.contactPhone,
      amountMinor,
      currency: input.currency,
      expectedCloseOn: new Date(`${input.expectedCloseOn}T00:00:00.000Z`),
      competition: input.competition,
      notes: input.notes,
      accountId: detection.ownAccountId,
      territoryId: detection.rule?.territoryId ?? null,
      territoryPath: detection.rule?.territoryPath ?? null,
      repMembershipId: rep?.membershipId ?? null,
      submissionKey: input.submissionKey,
      submittedByUserId: ctx.user.id,
      submittedByName: ctx.user.name,
    },
    select: { id: true },
  });
  if (input.lines.length) {
    await tx.dealRegistrationLine.createMany({ data: lineRows({ tenantId: ctx.tenantId, registrationId: id, partnerId: ctx.partnerId }, input.lines) });
  }
  await recordAudit(tx, ctx, {
    action: "registration.submitted",
    entityType: "DealRegistration",
    entityId: id,
    after: { title: input.title, customer: input.customerName, amountMinor: amountMinor.toString(), currency: input.currency, evidence: detection.findings.length },
  });
  // Evidence, its mirror on the registrations it collides with, and the alerts: the
  // vendor's rows, written in the tenant's scope (the partner's own is restored after).
  await unsafeAcrossPartners(tx, ctx, async () => {
    const mirrors = detection.findings
      .filter((f) => f.kind === "REGISTRATION" && f.otherRegistrationId)
      .map((f) => ({ ...f, otherRegistrationId: id, otherPartnerId: ctx.partnerId, registrationId: f.otherRegistrationId! }));
    const rows = [
      ...detection.findings.map((f) => matchRow(ctx.tenantId, id, f)),
      ...mirrors.map(({ registrationId, ...f }) => matchRow(ctx.tenantId, registrationId, f)),
    ];
    if (rows.length) await tx.dealMatch.createMany({ data: rows });
    const reviewers = await unsafeReviewersOf(tx, ctx.tenantId, ctx.partnerId);
    await publishDealEvent(tx, {
      tenantId: ctx.tenantId,
      type: "deal.registered",
      userIds: [...reviewers, ...detection.reps.map((r) => r.userId)],
      link: dealLinks.registration(ctx.tenant, "vendor", id),
      params: {
        tenant: ctx.tenant.name,
        deal: input.title,
        customer: input.customerName,
        partner: ctx.partner.name,
        flagged: detection.findings.length ? "yes" : "no",
      },
    });
  });
  return { id, status: "PENDING" };
}

/**
 * Submits a registration. A repeated submission of the same form (its `submissionKey`)
 * answers with the registration the first one made instead of making a second; a second
 * registration of a customer the partner already claims (same tax id, domain or name) is
 * refused on that field. The answer names the partner's registration, nothing else.
 */
export async function submitRegistration(ctx: PartnerCtx, input: RegistrationInput): Promise<{ id: string; status: string }> {
  authorize(ctx, "ownDeals.manage");
  const today = todayIn(ctx.tenant.timeZone);
  assertCloseDate("expectedCloseOn", input.expectedCloseOn, today);
  const amountMinor = dealAmountOf(input.amount, input.currency);
  if (amountMinor === null) throw new AppError("VALIDATION_FAILED", { fields: { amount: ["deals.validation.amount"] } });
  const earlier = () => withScope(scopeOf(ctx), (tx) => submittedWith(tx, ctx, input.submissionKey));
  const first = await earlier();
  if (first) return first;
  try {
    return await withScope(scopeOf(ctx), (tx) => submitRegistrationInTx(tx, ctx, input, amountMinor, today));
  } catch (error) {
    if (!isUniqueViolation(error, "submissionKey")) throw error;
    // Two submissions of one form raced: the other one made it.
    const winner = await earlier();
    if (!winner) throw new AppError("BAD_REQUEST");
    return winner;
  }
}

/** The partner takes back a registration that still waits (audited; the reviewers are told). */
export async function withdrawOwnRegistration(ctx: PartnerCtx, input: WithdrawRegistrationInput): Promise<{ id: string }> {
  authorize(ctx, "ownDeals.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockRow(tx, "DealRegistration", { tenantId: ctx.tenantId, id: input.registrationId });
    const before = await tx.dealRegistration.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.registrationId } },
      select: { status: true, version: true, title: true, customerName: true },
    });
    if (before.version !== input.version) throw new AppError("STALE_EDIT");
    const { rule, reason } = registrationMachine.assert(ctx, before.status, "WITHDRAWN", input.reason);
    await tx.dealRegistration.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.registrationId } },
      data: { status: "WITHDRAWN", decisionReason: reason, decidedByUserId: ctx.user.id, decidedByName: ctx.user.name, decidedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, ctx, {
      action: `registration.${rule.action}`,
      entityType: "DealRegistration",
      entityId: input.registrationId,
      before: { status: before.status },
      after: { status: "WITHDRAWN", reason },
    });
    await unsafeAcrossPartners(tx, ctx, async () =>
      publishDealEvent(tx, {
        tenantId: ctx.tenantId,
        type: "deal.withdrawn",
        userIds: await unsafeReviewersOf(tx, ctx.tenantId, ctx.partnerId),
        link: dealLinks.registration(ctx.tenant, "vendor", input.registrationId),
        params: { tenant: ctx.tenant.name, deal: before.title, customer: before.customerName, partner: ctx.partner.name },
      }),
    );
    return { id: input.registrationId };
  });
}
