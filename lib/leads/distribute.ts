import "server-only";
import type { SystemCtx, TenantCtx } from "@/lib/auth/context";
import { unsafeAcrossPartners, unsafeLoadClaimWorld } from "@/lib/accounts/world";
import { recordAudit } from "@/lib/audit/service";
import { territoryChain } from "@/lib/deals/reps";
import type { Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { chooseOffer, type CandidateFacts, type RuleFacts } from "./engine";
import { leadLinks, offerRecipients, publishLeadEvent } from "./notify";

/**
 * Offers a lead to the partner the rules choose (./engine.ts), in the caller's transaction:
 * on entry, on a decline, on a timeout (the worker) and when the vendor distributes again.
 *
 * Round robin and capacity read state that every distribution in the tenant changes (the
 * rule's last partner, the partners' open leads), so each distribution first takes the
 * tenant's transaction-scoped advisory lock: two leads distributed at once queue, and the
 * second sees the first's offer and cursor. The facts span every partner and the
 * vendor-only rules, so a partner's transaction (a decline) is widened to the tenant for
 * the duration (lib/accounts/world.ts) — the partner's answer only ever shows its own offer.
 */

export type Distribution = { offerId: string; partnerId: string } | null;

const HOUR = 60 * 60 * 1000;

/** One lock per tenant for distributions (64-bit key from the tenant id). */
export async function lockDistribution(tx: Tx, tenantId: string): Promise<void> {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`canal.leads:${tenantId}`}, 0))`);
}

async function loadFacts(tx: Tx, ctx: TenantCtx | SystemCtx, leadId: string) {
  const tenantId = ctx.tenantId;
  const [lead, rules, partners, openCounts, answered] = await Promise.all([
    tx.lead.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: leadId } }, select: { id: true, company: true, territoryId: true, status: true } }),
    tx.leadRule.findMany({
      where: { tenantId, active: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        partnerType: true,
        capacity: true,
        slaHours: true,
        lastPartnerId: true,
        territory: { select: { id: true, path: true } },
        minTier: { select: { id: true, name: true, rank: true, programId: true } },
      },
    }),
    tx.partner.findMany({
      where: { tenantId, status: "ACTIVE" },
      select: { id: true, name: true, type: true, programEnrolment: { select: { tier: { select: { name: true, rank: true, programId: true } } } } },
    }),
    tx.lead.groupBy({ by: ["partnerId"], where: { tenantId, status: "ACCEPTED" }, _count: { _all: true } }),
    tx.leadOffer.findMany({ where: { tenantId, leadId, status: { in: ["DECLINED", "EXPIRED"] } }, select: { partnerId: true } }),
  ]);
  const world = await unsafeLoadClaimWorld(tx, ctx, [], partners.map((p) => p.id));
  const open = new Map(openCounts.map((row) => [row.partnerId, row._count._all]));
  const candidates: CandidateFacts[] = partners.map((p) => ({
    id: p.id,
    name: p.name,
    type: p.type,
    tier: p.programEnrolment[0]?.tier ?? null,
    territoryIds: world.partnerTerritories.get(p.id) ?? new Set(),
    openLeads: open.get(p.id) ?? 0,
  }));
  const ruleFacts: RuleFacts[] = rules.map((r) => ({
    id: r.id,
    name: r.name,
    territory: r.territory,
    minTier: r.minTier,
    partnerType: r.partnerType,
    capacity: r.capacity,
    slaHours: r.slaHours,
    lastPartnerId: r.lastPartnerId,
  }));
  return {
    lead,
    rules: ruleFacts,
    candidates,
    facts: { territoryChain: territoryChain(lead.territoryId, world.territories), excludedPartnerIds: new Set(answered.map((a) => a.partnerId)) },
  };
}

/**
 * Chooses and writes the offer (or leaves the lead with its status when nobody is
 * eligible: `whenNone` says which — NEW for a fresh lead, DECLINED or EXPIRED after the
 * last partner's answer). The caller has locked the lead row and checked its state.
 */
export async function unsafeDistribute(
  tx: Tx,
  ctx: TenantCtx | SystemCtx,
  tenant: { slug: string; name: string },
  leadId: string,
  now: Date,
  whenNone: "NEW" | "DECLINED" | "EXPIRED",
): Promise<Distribution> {
  return unsafeAcrossPartners(tx, ctx, async () => {
    await lockDistribution(tx, ctx.tenantId);
    const { lead, rules, candidates, facts } = await loadFacts(tx, ctx, leadId);
    const choice = chooseOffer(rules, candidates, facts);
    if (!choice.found) {
      await tx.lead.update({
        where: { tenantId_id: { tenantId: ctx.tenantId, id: leadId } },
        data: { status: whenNone, partnerId: null, version: { increment: 1 } },
      });
      await recordAudit(tx, ctx, { action: "lead.unassigned", entityType: "Lead", entityId: leadId, after: { status: whenNone } });
      return null;
    }
    const offerId = createId("leadOffer");
    const dueAt = new Date(now.getTime() + choice.slaHours * HOUR);
    await tx.leadOffer.create({
      data: {
        id: offerId,
        tenantId: ctx.tenantId,
        leadId,
        partnerId: choice.partnerId,
        ruleId: choice.ruleId,
        offeredAt: now,
        dueAt,
        explanation: choice.explanation,
      },
    });
    await tx.leadRule.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: choice.ruleId } }, data: { lastPartnerId: choice.partnerId } });
    await tx.lead.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: leadId } },
      data: { status: "OFFERED", partnerId: choice.partnerId, version: { increment: 1 } },
    });
    const partner = candidates.find((c) => c.id === choice.partnerId)!;
    await recordAudit(tx, ctx, {
      action: "lead.offered",
      entityType: "Lead",
      entityId: leadId,
      before: { status: lead.status },
      after: { status: "OFFERED", partner: partner.name, rule: choice.explanation.rule, dueAt: dueAt.toISOString() },
    });
    await publishLeadEvent(tx, {
      tenantId: ctx.tenantId,
      type: "lead.offered",
      userIds: await offerRecipients(tx, ctx.tenantId, choice.partnerId),
      link: leadLinks.lead(tenant, "partner", leadId),
      params: { tenant: tenant.name, company: lead.company, hours: String(choice.slaHours) },
    });
    return { offerId, partnerId: choice.partnerId };
  });
}
