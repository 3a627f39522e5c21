import "server-only";
import { authorize, scopeOf, systemCtx, type PartnerCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { isUniqueViolation } from "@/lib/db/errors";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError, isAppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { loggerFor } from "@/lib/log";
import { completeOnboardingInTx } from "./activation";
import { progressOf } from "./progress";
import type { TierExplanation } from "./rules";
import { claimFile } from "@/lib/files/claim";
import type { BillingInput, CertificationInput, DocumentInput } from "./schema";
import type { AgreementToRead, BillingView, OnboardingProgress, OwnProgramView } from "./types";

/**
 * The partner's side of its program (portal): its tier and why, what the next tier needs,
 * and its onboarding checklist — accept the agreement, give billing details, state
 * certifications, file documents. The partner always comes from the session.
 */

async function ownEnrolment(tx: Tx, ctx: PartnerCtx) {
  return tx.partnerProgram.findUnique({
    where: { tenantId_partnerId: { tenantId: ctx.tenantId, partnerId: ctx.partnerId } },
    select: {
      id: true,
      programId: true,
      activatedAt: true,
      explanation: true,
      evaluatedAt: true,
      overrideReason: true,
      overrideUntil: true,
      tier: { select: { id: true, name: true } },
      override: { select: { id: true } },
      program: {
        select: {
          name: true,
          description: true,
          currency: true,
          activation: true,
          tiers: {
            orderBy: { rank: "asc" },
            select: { id: true, name: true, rank: true, description: true, rules: { select: { metric: true, minimum: true } } },
          },
        },
      },
    },
  });
}

const progressFor = (tx: Tx, ctx: PartnerCtx, enrolment: { programId: string; activatedAt: Date | null; program: { activation: "AUTOMATIC" | "MANUAL" } }) =>
  progressOf(
    tx,
    { tenantId: ctx.tenantId, partnerId: ctx.partnerId, programId: enrolment.programId },
    { activation: enrolment.program.activation, activatedAt: enrolment.activatedAt },
  );

/** The partner's program, tier, explanation and onboarding; null while not enrolled. */
export async function getOwnProgram(ctx: PartnerCtx): Promise<OwnProgramView | null> {
  authorize(ctx, "ownProgram.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const enrolment = await ownEnrolment(tx, ctx);
    if (!enrolment) return null;
    const { tiers, ...program } = enrolment.program;
    return {
      program,
      tiers: tiers.map((tier) => ({ ...tier, rules: tier.rules.map((rule) => ({ metric: rule.metric, minimum: rule.minimum.toString() })) })),
      tier: enrolment.tier,
      override: enrolment.override ? { reason: enrolment.overrideReason ?? "", until: enrolment.overrideUntil } : null,
      explanation: (enrolment.explanation as TierExplanation | null) ?? null,
      evaluatedAt: enrolment.evaluatedAt,
      onboarding: await progressFor(tx, ctx, enrolment),
    };
  });
}

/** The checklist alone (portal home card, onboarding page); null while not enrolled. */
export async function getOwnOnboarding(ctx: PartnerCtx): Promise<OnboardingProgress | null> {
  authorize(ctx, "ownProgram.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const enrolment = await ownEnrolment(tx, ctx);
    return enrolment ? progressFor(tx, ctx, enrolment) : null;
  });
}

/**
 * The latest agreement version of the partner's program, in the reader's language when
 * it has one (else the tenant's, else any), and whether it was accepted.
 */
export async function getOwnAgreement(ctx: PartnerCtx): Promise<AgreementToRead | null> {
  authorize(ctx, "ownProgram.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const enrolment = await ownEnrolment(tx, ctx);
    if (!enrolment) return null;
    const latest = await tx.agreementVersion.findFirst({
      where: { tenantId: ctx.tenantId, programId: enrolment.programId },
      orderBy: { number: "desc" },
      select: {
        id: true,
        number: true,
        publishedAt: true,
        texts: { select: { locale: true, title: true, body: true } },
        acceptances: {
          where: { partnerId: ctx.partnerId },
          select: { acceptedAt: true, acceptedByName: true },
        },
      },
    });
    if (!latest) return null;
    const text =
      latest.texts.find((row) => row.locale === ctx.user.locale) ??
      latest.texts.find((row) => row.locale === ctx.tenant.defaultLocale) ??
      latest.texts[0]!;
    const accepted = latest.acceptances[0];
    return {
      id: latest.id,
      number: latest.number,
      locale: text.locale,
      title: text.title,
      body: text.body,
      publishedAt: latest.publishedAt,
      accepted: accepted ? { at: accepted.acceptedAt, by: accepted.acceptedByName } : null,
    };
  });
}

export async function getOwnBilling(ctx: PartnerCtx): Promise<BillingView> {
  authorize(ctx, "ownProgram.read");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.partnerBilling.findUnique({
      where: { tenantId_partnerId: { tenantId: ctx.tenantId, partnerId: ctx.partnerId } },
      select: { legalName: true, taxId: true, email: true, address: true, country: true, version: true },
    }),
  );
}

/**
 * One checklist step by the partner, then what follows a complete checklist — in a
 * system transaction after the step committed (a portal session cannot change a partner's
 * status). Should that follow-up fail, the step stands and the scheduled sweep activates.
 */
async function step<T>(ctx: PartnerCtx, work: (tx: Tx, enrolment: NonNullable<Awaited<ReturnType<typeof ownEnrolment>>>) => Promise<T>): Promise<T> {
  const { result, wasComplete } = await withScope(scopeOf(ctx), async (tx) => {
    const enrolment = await ownEnrolment(tx, ctx);
    // Not in a program: whatever the input names (an agreement, an item) is not this partner's.
    if (!enrolment) throw new AppError("NOT_FOUND");
    const before = await progressFor(tx, ctx, enrolment);
    return { result: await work(tx, enrolment), wasComplete: before.complete };
  });
  try {
    const system = systemCtx(ctx.tenantId);
    await withScope(scopeOf(system), (tx) =>
      completeOnboardingInTx(tx, system, ctx.partnerId, { actorUserId: ctx.user.id, announce: !wasComplete }),
    );
  } catch (error) {
    if (!isAppError(error)) throw error;
    loggerFor(ctx).warn({ err: error, partnerId: ctx.partnerId }, "onboarding follow-up deferred to the sweep");
  }
  return result;
}

/**
 * Accepts the agreement version the person read. A newer version published meanwhile is
 * AGREEMENT_CHANGED (they must read it first); accepting a version twice is harmless.
 */
export async function acceptAgreement(ctx: PartnerCtx, input: { agreementId: string }): Promise<{ number: number }> {
  authorize(ctx, "onboarding.complete");
  return step(ctx, async (tx, enrolment) => {
    const latest = await tx.agreementVersion.findFirst({
      where: { tenantId: ctx.tenantId, programId: enrolment.programId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, texts: { select: { locale: true } } },
    });
    if (!latest) throw new AppError("NOT_FOUND");
    if (latest.id !== input.agreementId) throw new AppError("AGREEMENT_CHANGED");
    const locale = latest.texts.some((text) => text.locale === ctx.user.locale) ? ctx.user.locale : (latest.texts[0]?.locale ?? ctx.user.locale);
    try {
      await tx.agreementAcceptance.create({
        data: {
          id: createId("agreementAcceptance"),
          tenantId: ctx.tenantId,
          partnerId: ctx.partnerId,
          agreementId: latest.id,
          acceptedById: ctx.user.id,
          acceptedByName: ctx.user.name,
          acceptedByEmail: ctx.user.email,
          locale,
          ip: ctx.ip,
        },
        select: { id: true },
      });
    } catch (error) {
      // Someone of the same partner accepted it a moment earlier: that acceptance stands.
      if (isUniqueViolation(error)) return { number: latest.number };
      throw error;
    }
    await recordAudit(tx, ctx, {
      action: "program.agreementAccepted",
      entityType: "Partner",
      entityId: ctx.partnerId,
      after: { version: latest.number, locale },
    });
    return { number: latest.number };
  });
}

/** Billing details (a new partner creates them, later saves send their version: STALE_EDIT). */
export async function saveBilling(ctx: PartnerCtx, input: BillingInput): Promise<{ version: number }> {
  authorize(ctx, "onboarding.complete");
  return step(ctx, async (tx) => {
    const data = { legalName: input.legalName, taxId: input.taxId, email: input.email, address: input.address, country: input.country };
    const before = await tx.partnerBilling.findUnique({
      where: { tenantId_partnerId: { tenantId: ctx.tenantId, partnerId: ctx.partnerId } },
      select: { id: true, version: true, legalName: true, taxId: true, email: true, address: true, country: true },
    });
    if (!before) {
      if (input.version !== 0) throw new AppError("STALE_EDIT");
      try {
        await tx.partnerBilling.create({ data: { id: createId("partnerBilling"), tenantId: ctx.tenantId, partnerId: ctx.partnerId, ...data } });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError("STALE_EDIT");
        throw error;
      }
    } else {
      assertFresh(
        await tx.partnerBilling.updateMany({
          where: { tenantId: ctx.tenantId, id: before.id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        }),
      );
    }
    const { id: _id, version: _version, ...previous } = before ?? { id: "", version: 0 };
    await recordAudit(tx, ctx, {
      action: "program.billingSaved",
      entityType: "Partner",
      entityId: ctx.partnerId,
      ...(before ? { before: previous } : {}),
      after: data,
    });
    return { version: (before?.version ?? -1) + 1 };
  });
}

async function ownItem(tx: Tx, ctx: PartnerCtx, programId: string, itemId: string, kind: "CERTIFICATION" | "DOCUMENT") {
  const item = await tx.onboardingItem.findFirst({
    where: { tenantId: ctx.tenantId, id: itemId, programId, kind },
    select: { id: true, title: true },
  });
  if (!item) throw new AppError("NOT_FOUND");
  return item;
}

/** States a completed certification for a checklist item (a new statement replaces the last). */
export async function submitCertification(ctx: PartnerCtx, input: CertificationInput): Promise<{ itemId: string }> {
  authorize(ctx, "onboarding.complete");
  return step(ctx, async (tx, enrolment) => {
    const item = await ownItem(tx, ctx, enrolment.programId, input.itemId, "CERTIFICATION");
    const details = { person: input.person, credential: input.credential, completedOn: input.completedOn };
    await tx.onboardingSubmission.upsert({
      where: { tenantId_partnerId_itemId: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, itemId: item.id } },
      create: {
        id: createId("onboardingSubmission"),
        tenantId: ctx.tenantId,
        partnerId: ctx.partnerId,
        itemId: item.id,
        details,
        submittedByName: ctx.user.name,
      },
      update: { details, submittedByName: ctx.user.name, submittedAt: new Date() },
    });
    await recordAudit(tx, ctx, {
      action: "program.certificationSubmitted",
      entityType: "Partner",
      entityId: ctx.partnerId,
      after: { item: item.title, ...details },
    });
    return { itemId: item.id };
  });
}

/**
 * Files a document for a checklist item: the upload (lib/files, purpose partner.document)
 * is claimed for the partner in this transaction — another partner's or tenant's file id
 * is a validation error on the field. A new document replaces the item's answer; the
 * earlier file stays among the partner's documents.
 */
export async function submitDocument(ctx: PartnerCtx, input: DocumentInput): Promise<{ itemId: string }> {
  authorize(ctx, "onboarding.complete");
  return step(ctx, async (tx, enrolment) => {
    const item = await ownItem(tx, ctx, enrolment.programId, input.itemId, "DOCUMENT");
    const file = await claimFile(tx, ctx, { fileId: input.fileId, purpose: "partner.document", partnerId: ctx.partnerId, field: "fileId" });
    await tx.onboardingSubmission.upsert({
      where: { tenantId_partnerId_itemId: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, itemId: item.id } },
      create: {
        id: createId("onboardingSubmission"),
        tenantId: ctx.tenantId,
        partnerId: ctx.partnerId,
        itemId: item.id,
        fileId: file.id,
        submittedByName: ctx.user.name,
      },
      update: { fileId: file.id, submittedByName: ctx.user.name, submittedAt: new Date() },
    });
    await recordAudit(tx, ctx, {
      action: "program.documentSubmitted",
      entityType: "Partner",
      entityId: ctx.partnerId,
      after: { item: item.title, file: file.name },
    });
    return { itemId: item.id };
  });
}
