import "server-only";
import { systemCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { unsafeDistribute } from "./distribute";
import { leadMachine } from "./lifecycle";
import { leadLinks, publishLeadEvent, unsafeRepRecipients } from "./notify";

/**
 * SLA timeouts, run by the `leads.expireOffers` job (./jobs.ts) with the job's clock
 * (`now`), so tests move time by passing another one. An offer still open at its deadline
 * EXPIRES; the lead's reps are told, and the lead is offered to the next eligible partner
 * — never one who declined it or let it time out — or left EXPIRED when none is left.
 *
 * The worker finds tenants with overdue offers through its row-level-security policy; each
 * tenant is then handled as the system, in batches. Each offer is claimed by a conditional
 * update (OFFERED → EXPIRED), so a rerun, a second worker or a partner answering at the
 * same moment never handles it twice: the lead row is locked first, as the partner's
 * accept and decline lock it.
 */

const BATCH = 100;

export async function runOfferTimeouts(now: Date = new Date(), only?: { tenantId: string }): Promise<{ expired: number; reoffered: number }> {
  // `only`: one tenant's offers (the demo data moves one workspace's clock, not every one's).
  const tenants = await withScope({ audience: "worker" }, (tx) =>
    tx.leadOffer.findMany({
      where: { status: "OFFERED", dueAt: { lte: now }, ...(only ? { tenantId: only.tenantId } : {}) },
      distinct: ["tenantId"],
      select: { tenantId: true },
    }),
  );
  const total = { expired: 0, reoffered: 0 };
  for (const { tenantId } of tenants) {
    for (;;) {
      const batch = await withScope({ audience: "system", tenantId }, (tx) => timeoutsOfTenant(tx, tenantId, now));
      total.expired += batch.expired;
      total.reoffered += batch.reoffered;
      if (batch.seen < BATCH) break;
    }
  }
  return total;
}

async function timeoutsOfTenant(tx: Tx, tenantId: string, now: Date) {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true } });
  const due = await tx.leadOffer.findMany({
    where: { tenantId, status: "OFFERED", dueAt: { lte: now } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: BATCH,
    select: { id: true, leadId: true, partner: { select: { name: true } } },
  });
  const ctx = systemCtx(tenantId);
  const outcome = { seen: due.length, expired: 0, reoffered: 0 };
  for (const offer of due) {
    await tx.$executeRaw`SELECT 1 FROM "Lead" WHERE "tenantId" = ${tenantId} AND "id" = ${offer.leadId} FOR UPDATE`;
    const claimed = await tx.leadOffer.updateMany({ where: { tenantId, id: offer.id, status: "OFFERED" }, data: { status: "EXPIRED", respondedAt: now } });
    if (claimed.count === 0) continue;
    const lead = await tx.lead.findUniqueOrThrow({
      where: { tenantId_id: { tenantId, id: offer.leadId } },
      select: { id: true, status: true, company: true, territoryId: true, createdByUserId: true },
    });
    const { rule } = leadMachine.assert(ctx, lead.status, "EXPIRED");
    await recordAudit(tx, ctx, {
      action: `lead.${rule.action}`,
      entityType: "Lead",
      entityId: lead.id,
      before: { status: lead.status, partner: offer.partner.name },
      after: { status: "EXPIRED" },
    });
    outcome.expired += 1;
    await publishLeadEvent(tx, {
      tenantId,
      type: "lead.timedOut",
      userIds: await unsafeRepRecipients(tx, tenantId, lead),
      link: leadLinks.lead(tenant, "vendor", lead.id),
      params: { tenant: tenant.name, company: lead.company, partner: offer.partner.name, reason: "" },
    });
    if (await unsafeDistribute(tx, ctx, tenant, lead.id, now, "EXPIRED")) outcome.reoffered += 1;
  }
  return outcome;
}
