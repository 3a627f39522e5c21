import "server-only";
import { authorize, scopeOf, systemCtx, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { normalizePostal, regionKey } from "@/lib/accounts/normalize";
import { unsafeAcrossPartners, unsafeLoadClaimWorld, type ClaimWorld } from "@/lib/accounts/world";
import { recordAudit } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { winningRule } from "@/lib/territories/precedence";
import { unsafeDistribute, type Distribution } from "./distribute";
import { leadMachine } from "./lifecycle";
import { leadLinks, publishLeadEvent, unsafeRepRecipients } from "./notify";
import { leadValueOf, type DeclineLeadInput, type LeadInput, type LoseLeadInput } from "./schema";

/**
 * The life of a lead: the vendor enters it (its territory found by the territory rules, then
 * offered by the distribution rules), the partner it is offered to accepts or declines it
 * within the SLA, and the vendor closes it as lost or distributes it again. Every step locks
 * the lead, checks the transition (./lifecycle.ts), is audited and alerts in one transaction.
 */

/** What a lead form or CSV line becomes, before it has an id. */
export type LeadRow = Omit<Prisma.LeadCreateManyInput, "id" | "tenantId" | "createdByUserId" | "createdByName" | "territoryPath"> & {
  territoryPath: string | null;
};

/** The row a lead form or CSV line becomes (territory from the rules, value in minor units). */
export async function leadRow(
  tx: Tx,
  ctx: VendorCtx,
  input: LeadInput,
  rules?: ClaimWorld["rules"],
): Promise<LeadRow> {
  const valueMinor = leadValueOf(input.value, input.currency);
  if (valueMinor === undefined) throw new AppError("VALIDATION_FAILED", { fields: { value: ["leads.validation.value"] } });
  const world = rules ? { rules } : await unsafeLoadClaimWorld(tx, ctx, [], []);
  const place = { country: input.country, regionKey: regionKey(input.region), postalCode: normalizePostal(input.postalCode), industry: input.industry };
  const rule = winningRule(world.rules, place);
  return {
    company: input.company,
    contactName: input.contactName,
    email: input.email,
    phone: input.phone,
    domain: input.website,
    country: input.country,
    region: input.region,
    regionKey: place.regionKey,
    postalCode: place.postalCode,
    industry: input.industry,
    territoryId: rule?.territoryId ?? null,
    territoryPath: rule?.territoryPath ?? null,
    source: input.source,
    products: input.products,
    valueMinor,
    currency: input.currency,
    notes: input.notes,
  };
}

/** Writes a new lead and offers it (both in the caller's transaction). */
export async function insertLead(
  tx: Tx,
  ctx: VendorCtx,
  row: LeadRow,
  now: Date,
  origin: { action: "lead.created" } | { action: "lead.imported"; line: number } = { action: "lead.created" },
): Promise<{ id: string; offer: Distribution }> {
  const id = createId("lead");
  await tx.lead.create({ data: { ...row, id, tenantId: ctx.tenantId, createdByUserId: ctx.user.id, createdByName: ctx.user.name } });
  await recordAudit(tx, ctx, {
    action: origin.action,
    entityType: "Lead",
    entityId: id,
    after: { company: row.company, source: row.source, territory: row.territoryPath ?? null, ...("line" in origin ? { line: origin.line } : {}) },
  });
  return { id, offer: await unsafeDistribute(tx, ctx, ctx.tenant, id, now, "NEW") };
}

/** The vendor enters a lead; it is offered to the partner the rules choose, if any. */
export async function createLead(ctx: VendorCtx, input: LeadInput): Promise<{ id: string; offer: Distribution }> {
  authorize(ctx, "leads.manage");
  return withScope(scopeOf(ctx), async (tx) => insertLead(tx, ctx, await leadRow(tx, ctx, input), new Date()));
}

async function lockLead(tx: Tx, tenantId: string, leadId: string) {
  await lockRow(tx, "Lead", { tenantId, id: leadId });
  return tx.lead.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id: leadId } },
    select: { id: true, status: true, version: true, partnerId: true, company: true, territoryId: true, createdByUserId: true },
  });
}

/** The vendor offers a lead again that no partner holds (after changing the rules). */
export async function distributeLead(ctx: VendorCtx, input: { leadId: string; version: number }): Promise<{ offer: Distribution }> {
  authorize(ctx, "leads.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const lead = await lockLead(tx, ctx.tenantId, input.leadId);
    if (lead.version !== input.version) throw new AppError("STALE_EDIT");
    leadMachine.assert(ctx, lead.status, "OFFERED");
    // Partners who declined it or let it time out stay excluded: a new rule or partner is what helps.
    const offer = await unsafeDistribute(tx, ctx, ctx.tenant, lead.id, new Date(), lead.status === "NEW" ? "NEW" : (lead.status as "DECLINED" | "EXPIRED"));
    return { offer };
  });
}

/** The vendor closes a lead as lost (an open offer is withdrawn; the partner holding it is told nothing more). */
export async function loseLead(ctx: VendorCtx, input: LoseLeadInput): Promise<{ id: string }> {
  authorize(ctx, "leads.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const lead = await lockLead(tx, ctx.tenantId, input.leadId);
    if (lead.version !== input.version) throw new AppError("STALE_EDIT");
    const { rule, reason } = leadMachine.assert(ctx, lead.status, "LOST", input.reason);
    await tx.leadOffer.updateMany({ where: { tenantId: ctx.tenantId, leadId: lead.id, status: "OFFERED" }, data: { status: "WITHDRAWN", respondedAt: new Date() } });
    await tx.lead.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: lead.id } },
      data: { status: "LOST", lostReason: reason, closedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, ctx, { action: `lead.${rule.action}`, entityType: "Lead", entityId: lead.id, before: { status: lead.status }, after: { status: "LOST", reason } });
    return { id: lead.id };
  });
}

/**
 * The partner's open offer of a lead. Another partner's lead (or one no longer offered to
 * this partner) is NOT_FOUND; an offer past its deadline is LEAD_OFFER_EXPIRED even before
 * the worker has moved it on.
 */
async function openOffer(tx: Tx, ctx: PartnerCtx, leadId: string, now: Date) {
  const lead = await lockLead(tx, ctx.tenantId, leadId);
  if (lead.partnerId !== ctx.partnerId) throw new AppError("NOT_FOUND");
  const offer = await tx.leadOffer.findFirst({
    where: { tenantId: ctx.tenantId, leadId, partnerId: ctx.partnerId, status: "OFFERED" },
    select: { id: true, dueAt: true, offeredAt: true },
  });
  if (lead.status !== "OFFERED" || !offer) {
    leadMachine.assert(ctx, lead.status, "ACCEPTED");
    throw new AppError("NOT_FOUND");
  }
  if (offer.dueAt <= now) throw new AppError("LEAD_OFFER_EXPIRED");
  return { lead, offer };
}

/** The partner accepts a lead offered to it within the SLA; the lead's reps are told. */
export async function acceptLead(ctx: PartnerCtx, input: { leadId: string }): Promise<{ id: string }> {
  authorize(ctx, "ownLeads.manage");
  const now = new Date();
  return withScope(scopeOf(ctx), async (tx) => {
    const { lead, offer } = await openOffer(tx, ctx, input.leadId, now);
    const { rule } = leadMachine.assert(ctx, lead.status, "ACCEPTED");
    await tx.leadOffer.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: offer.id } },
      data: { status: "ACCEPTED", respondedAt: now, respondedByName: ctx.user.name },
    });
    await tx.lead.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: lead.id } }, data: { status: "ACCEPTED", acceptedAt: now, version: { increment: 1 } } });
    await recordAudit(tx, ctx, { action: `lead.${rule.action}`, entityType: "Lead", entityId: lead.id, before: { status: lead.status }, after: { status: "ACCEPTED" } });
    await tellReps(tx, ctx, lead, "lead.accepted", { partner: ctx.partner.name, reason: "" });
    return { id: lead.id };
  });
}

/** The partner declines with a reason; the lead goes to the next eligible partner (never back to this one). */
export async function declineLead(ctx: PartnerCtx, input: DeclineLeadInput): Promise<{ id: string }> {
  authorize(ctx, "ownLeads.manage");
  const now = new Date();
  return withScope(scopeOf(ctx), async (tx) => {
    const { lead, offer } = await openOffer(tx, ctx, input.leadId, now);
    const { rule, reason } = leadMachine.assert(ctx, lead.status, "DECLINED", input.reason);
    await tx.leadOffer.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: offer.id } },
      data: { status: "DECLINED", respondedAt: now, respondedByName: ctx.user.name, declineReason: reason },
    });
    await recordAudit(tx, ctx, { action: `lead.${rule.action}`, entityType: "Lead", entityId: lead.id, before: { status: lead.status }, after: { status: "DECLINED", reason } });
    await tellReps(tx, ctx, lead, "lead.declined", { partner: ctx.partner.name, reason: reason ?? "" });
    // The next partner: decided as the system (rules and other partners are not the partner's to read).
    await unsafeAcrossPartners(tx, ctx, () => unsafeDistribute(tx, systemCtxOf(ctx), ctx.tenant, lead.id, now, "DECLINED"));
    return { id: lead.id };
  });
}

function systemCtxOf(ctx: PartnerCtx) {
  return { ...systemCtx(ctx.tenantId), requestId: ctx.requestId, ip: ctx.ip };
}

async function tellReps(
  tx: Tx,
  ctx: PartnerCtx,
  lead: { id: string; company: string; territoryId: string | null; createdByUserId: string | null },
  type: "lead.accepted" | "lead.declined",
  params: Record<string, string>,
): Promise<void> {
  await unsafeAcrossPartners(tx, ctx, async () =>
    publishLeadEvent(tx, {
      tenantId: ctx.tenantId,
      type,
      userIds: await unsafeRepRecipients(tx, ctx.tenantId, lead),
      link: leadLinks.lead(ctx.tenant, "vendor", lead.id),
      params: { tenant: ctx.tenant.name, company: lead.company, ...params },
    }),
  );
}
