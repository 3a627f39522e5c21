import "server-only";
import { enrolInTx } from "@/lib/programs/enrolment";
import { authorize, scopeOf, systemCtx, type VendorCtx } from "@/lib/auth/context";
import { usersWithPermission } from "@/lib/auth/holders";
import { consumeRateLimit, ipSubject } from "@/lib/auth/rate-limit";
import { recordAudit } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import { isUniqueViolation } from "@/lib/db/errors";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { logger } from "@/lib/log";
import { publishEvent } from "@/lib/notify/publish";
import { logoPath } from "@/lib/branding/service";
import { createPartnerInTx } from "@/lib/partners/service";
import { inviteSeat } from "@/lib/seats/lifecycle";
import { APPLICATION_ROW } from "./list";
import {
  applicationFields,
  type ApplicationFormValues,
  type ApplicationRulesInput,
  type ApproveApplicationInput,
  type RejectApplicationInput,
} from "./schema";
import type { ApplicationDecision, ApplicationDetail, ApplicationReceipt, ApplyPageInfo } from "./types";

export { countPendingApplications, exportApplications, listApplications } from "./list";

type RequestMeta = { requestId: string; ip: string | null };

/**
 * Partner applications: a company applies on the tenant's public page, a channel manager
 * approves (the partner is created, ONBOARDING, and its first admin invited through the
 * seat lifecycle — one transaction) or rejects with a reason; the applicant is e-mailed
 * either way. The public side has no session: it checks its own guards (per-client rate
 * limit, honeypot, the tenant's switch) and writes in that one tenant's system scope.
 */

async function tenantBySlug(slug: string) {
  return withReadScope({ audience: "anonymous", tenantSlug: slug }, (tx) =>
    tx.tenant.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        name: true,
        brandColor: true,
        logoFileId: true,
        currency: true,
        partnerApplicationsOpen: true,
      },
    }),
  );
}

/** The apply page's tenant: its name, brand and whether it takes applications; null = no such tenant. */
export async function getApplyPage(slug: string): Promise<ApplyPageInfo | null> {
  const tenant = await tenantBySlug(slug);
  if (!tenant) return null;
  return {
    name: tenant.name,
    slug: tenant.slug,
    brandColor: tenant.brandColor,
    logoPath: tenant.logoFileId ? logoPath(tenant.slug, tenant.logoFileId) : null,
    currency: tenant.currency,
    open: tenant.partnerApplicationsOpen,
  };
}

/**
 * Stores a company's application and tells the people who decide them. Every request
 * counts against the client's limit first (a bot filling the honeypot too). A pending
 * application with the same tax id is APPLICATION_PENDING (one pending per tax id, by a
 * unique key, so double submits and races store one).
 */
export async function submitApplication(meta: RequestMeta, input: ApplicationFormValues): Promise<ApplicationReceipt> {
  await consumeRateLimit("applicationByIp", ipSubject(meta.ip));
  const tenant = await tenantBySlug(input.tenant);
  if (!tenant) throw new AppError("NOT_FOUND");
  if (!tenant.partnerApplicationsOpen) throw new AppError("APPLICATIONS_CLOSED");
  if (input.nickname.trim() !== "") {
    // A bot: it is told what a person would be told, and nothing is stored or sent.
    logger.info({ tenantId: tenant.id, requestId: meta.requestId }, "application honeypot filled");
    return { received: true };
  }
  const fields = applicationFields(input);
  const ctx = { ...systemCtx(tenant.id), requestId: meta.requestId, ip: meta.ip };
  try {
    await withScope(scopeOf(ctx), async (tx) => {
      const id = createId("application");
      await tx.partnerApplication.create({
        data: { id, tenantId: tenant.id, ...fields, pendingKey: fields.taxIdKey },
        select: { id: true },
      });
      await recordAudit(tx, ctx, {
        action: "application.submitted",
        entityType: "PartnerApplication",
        entityId: id,
        after: { companyName: fields.companyName, taxId: fields.taxId, contactEmail: fields.contactEmail },
      });
      const deciders = await usersWithPermission(tx, { tenantId: tenant.id }, "applications.decide");
      if (deciders.length) {
        await publishEvent(tx, {
          tenantId: tenant.id,
          type: "application.received",
          payload: {
            recipients: deciders.map((userId) => ({ userId })),
            link: `/${tenant.slug}/admin/applications/${id}`,
            params: { tenant: tenant.name, company: fields.companyName, country: fields.country },
          },
        });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error, "pendingKey")) {
      throw new AppError("APPLICATION_PENDING", { fields: { taxId: ["errors.APPLICATION_PENDING"] } });
    }
    throw error;
  }
  return { received: true };
}

/** One application with what the decision needs: a partner of the same name, earlier applications. */
export async function getApplication(ctx: VendorCtx, applicationId: string): Promise<ApplicationDetail> {
  authorize(ctx, "applications.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const row = await tx.partnerApplication.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: applicationId } },
      select: {
        ...APPLICATION_ROW,
        taxIdKey: true,
        region: true,
        website: true,
        contactPhone: true,
        brands: true,
        locale: true,
        decisionReason: true,
        decidedById: true,
        partnerId: true,
      },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const { taxIdKey, decidedById, ...application } = row;
    const [existingPartner, earlier, decider] = await Promise.all([
      tx.partner.findFirst({
        where: { tenantId: ctx.tenantId, name: { equals: row.companyName, mode: "insensitive" }, id: { not: row.partnerId ?? "" } },
        select: { id: true, name: true },
      }),
      tx.partnerApplication.findMany({
        where: { tenantId: ctx.tenantId, taxIdKey, id: { not: row.id } },
        orderBy: { createdAt: "desc" },
        take: 10,
        select: { id: true, status: true, createdAt: true },
      }),
      decidedById ? tx.user.findUnique({ where: { id: decidedById }, select: { name: true } }) : null,
    ]);
    return { ...application, existingPartner, earlier, decidedBy: decider?.name ?? null };
  });
}

/** Locks a pending application for its decision; APPLICATION_DECIDED once someone decided it. */
async function pendingApplication(tx: Tx, ctx: VendorCtx, applicationId: string) {
  await lockRow(tx, "PartnerApplication", { tenantId: ctx.tenantId, id: applicationId });
  const application = await tx.partnerApplication.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: applicationId } },
    select: {
      id: true,
      status: true,
      companyName: true,
      partnerType: true,
      country: true,
      contactName: true,
      contactEmail: true,
      locale: true,
    },
  });
  if (application.status !== "PENDING") throw new AppError("APPLICATION_DECIDED");
  return application;
}

async function decide(
  tx: Tx,
  ctx: VendorCtx,
  application: { id: string; companyName: string; contactName: string; contactEmail: string; locale: string },
  decision: { status: "APPROVED" | "REJECTED"; reason: string; partnerId: string | null },
): Promise<ApplicationDecision> {
  await tx.partnerApplication.update({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: application.id } },
    data: {
      status: decision.status,
      pendingKey: null,
      decisionReason: decision.reason || null,
      decidedAt: new Date(),
      decidedById: ctx.user.id,
      partnerId: decision.partnerId,
    },
  });
  await recordAudit(tx, ctx, {
    action: decision.status === "APPROVED" ? "application.approved" : "application.rejected",
    entityType: "PartnerApplication",
    entityId: application.id,
    before: { status: "PENDING" },
    after: { status: decision.status, reason: decision.reason, partnerId: decision.partnerId },
  });
  await publishEvent(tx, {
    tenantId: ctx.tenantId,
    type: decision.status === "APPROVED" ? "application.approved" : "application.rejected",
    payload: {
      recipients: [{ email: application.contactEmail, locale: application.locale, name: application.contactName }],
      link: decision.status === "APPROVED" ? `/${ctx.tenant.slug}/portal` : `/${ctx.tenant.slug}/apply`,
      params: {
        tenant: ctx.tenant.name,
        company: application.companyName,
        name: application.contactName,
        reason: decision.reason,
      },
    },
  });
  return { id: application.id, status: decision.status, partnerId: decision.partnerId };
}

/**
 * Approves: creates the partner (ONBOARDING; PARTNER_NAME_TAKEN when the name is taken)
 * and invites the contact as its first partner admin (the seat lifecycle's invitation
 * e-mail; ALREADY_MEMBER when that person holds a seat here), then tells the applicant —
 * all or nothing. Of concurrent decisions exactly one wins (APPLICATION_DECIDED).
 */
export async function approveApplication(ctx: VendorCtx, input: ApproveApplicationInput): Promise<ApplicationDecision> {
  authorize(ctx, "applications.decide");
  return withScope(scopeOf(ctx), async (tx) => {
    const application = await pendingApplication(tx, ctx, input.applicationId);
    const partner = await createPartnerInTx(tx, ctx, {
      name: application.companyName,
      type: application.partnerType,
      country: application.country,
    });
    await inviteSeat(
      tx,
      ctx,
      { kind: "partner", role: "PARTNER_ADMIN", partner: { id: partner.id, name: partner.name } },
      { email: application.contactEmail, name: application.contactName },
    );
    // The approver's choice of program: enrolled (and its tier evaluated) in the same step.
    if (input.programId) await enrolInTx(tx, ctx, { partnerId: partner.id, programId: input.programId });
    return decide(tx, ctx, application, { status: "APPROVED", reason: input.reason, partnerId: partner.id });
  });
}

/** Rejects with a reason, which the applicant is told; they may apply again later. */
export async function rejectApplication(ctx: VendorCtx, input: RejectApplicationInput): Promise<ApplicationDecision> {
  authorize(ctx, "applications.decide");
  const reason = input.reason.trim();
  if (!reason) throw new AppError("REASON_REQUIRED", { fields: { reason: ["errors.REASON_REQUIRED"] } });
  return withScope(scopeOf(ctx), async (tx) => {
    const application = await pendingApplication(tx, ctx, input.applicationId);
    return decide(tx, ctx, application, { status: "REJECTED", reason, partnerId: null });
  });
}

/** Whether companies may apply on the public page (tenant settings). */
export async function getApplicationRules(ctx: VendorCtx): Promise<ApplicationRulesInput> {
  authorize(ctx, "tenant.manage");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { partnerApplicationsOpen: true } });
    return { partnerApplicationsOpen: tenant.partnerApplicationsOpen };
  });
}

/** Opens or closes the public application page. */
export async function updateApplicationRules(ctx: VendorCtx, input: ApplicationRulesInput): Promise<ApplicationRulesInput> {
  authorize(ctx, "tenant.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { partnerApplicationsOpen: true } });
    if (before.partnerApplicationsOpen === input.partnerApplicationsOpen) return input;
    await tx.tenant.update({ where: { id: ctx.tenantId }, data: { partnerApplicationsOpen: input.partnerApplicationsOpen } });
    await recordAudit(tx, ctx, {
      action: "tenant.applicationsUpdated",
      entityType: "Tenant",
      entityId: ctx.tenantId,
      before,
      after: { partnerApplicationsOpen: input.partnerApplicationsOpen },
    });
    return input;
  });
}
