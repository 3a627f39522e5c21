import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AcceptanceRate, PartnerLeadMetrics } from "./types";

/**
 * How partners answer the leads offered to them, read through one function each:
 * acceptance rate (accepted among answered offers — declined and timed-out ones count as
 * not accepted; offers still open or withdrawn do not count) and median speed to accept
 * (offer to acceptance). `since` bounds the offers by when they were made.
 */

export async function leadAcceptanceRate(tx: Tx, tenantId: string, partnerId: string, since?: Date): Promise<AcceptanceRate> {
  const rows = await tx.leadOffer.groupBy({
    by: ["status"],
    where: { tenantId, partnerId, status: { in: ["ACCEPTED", "DECLINED", "EXPIRED"] }, ...(since ? { offeredAt: { gte: since } } : {}) },
    _count: { _all: true },
  });
  const count = (status: string) => rows.find((r) => r.status === status)?._count._all ?? 0;
  const accepted = count("ACCEPTED");
  const declined = count("DECLINED");
  const expired = count("EXPIRED");
  const answered = accepted + declined + expired;
  return { accepted, declined, expired, answered, percent: answered ? Math.round((accepted * 100) / answered) : null };
}

/** Median seconds from offer to acceptance (null before a first acceptance). */
export async function medianSecondsToAccept(tx: Tx, tenantId: string, partnerId: string, since?: Date): Promise<number | null> {
  const [row] = await tx.$queryRaw<{ median: number | null }[]>(Prisma.sql`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "respondedAt" - "offeredAt"))::float8 AS median
    FROM "LeadOffer"
    WHERE "tenantId" = ${tenantId} AND "partnerId" = ${partnerId} AND "status" = 'ACCEPTED'
      ${since ? Prisma.sql`AND "offeredAt" >= ${since}` : Prisma.empty}`);
  return row?.median === null || row?.median === undefined ? null : Math.round(row.median);
}

/** Both figures for every partner that was ever offered a lead (or the one asked for). */
export async function partnerLeadMetrics(ctx: VendorCtx, input: { partnerId?: string } = {}): Promise<PartnerLeadMetrics[]> {
  authorize(ctx, "leads.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const partners = await tx.partner.findMany({
      where: { tenantId: ctx.tenantId, ...(input.partnerId ? { id: input.partnerId } : { leadOffers: { some: {} } }) },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    });
    const out: PartnerLeadMetrics[] = [];
    for (const partner of partners) {
      out.push({
        partner,
        acceptance: await leadAcceptanceRate(tx, ctx.tenantId, partner.id),
        medianSecondsToAccept: await medianSecondsToAccept(tx, ctx.tenantId, partner.id),
      });
    }
    return out;
  });
}
