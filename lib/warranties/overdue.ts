import "server-only";
import { todayIn } from "@/lib/activities/dates";
import { withScope, type Tx } from "@/lib/db/scope";
import type { ClaimStatusValue } from "./lifecycle";
import { publishClaimEvent, unsafeHandlersOf, unsafePartnerFollowersOf } from "./notify";
import { claimNumberText } from "./schema";

/**
 * SLA notices: a claim whose current step is past its due time (`dueAt`, set by every step
 * from lib/warranties/lifecycle.ts) is announced once per step — to the vendor's handlers
 * when the step is theirs, and also to the partner's users when it waits for the partner (an
 * answer, the unit's return). `overdueFor` records the due time announced, claimed with one
 * conditional UPDATE, so two workers never announce the same step twice and the next step
 * (a new `dueAt`) can be announced again.
 */

const WAITS_FOR_PARTNER: readonly ClaimStatusValue[] = ["INFO_REQUESTED", "RMA_ISSUED"];

type Claimed = { id: string; number: number; partnerId: string; status: ClaimStatusValue; dueAt: Date; serial: string };

export async function announceOverdueInTx(tx: Tx, tenantId: string, now: Date): Promise<number> {
  const claimed = await tx.$queryRaw<Claimed[]>`
    UPDATE "WarrantyClaim" c SET "overdueFor" = c."dueAt"
      FROM "WarrantyUnit" u
     WHERE c."tenantId" = ${tenantId} AND c."dueAt" < ${now} AND c."overdueFor" IS DISTINCT FROM c."dueAt"
       AND u."tenantId" = c."tenantId" AND u.id = c."unitId"
    RETURNING c.id, c.number, c."partnerId", c.status::text AS status, c."dueAt", u.serial`;
  if (!claimed.length) return 0;
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { id: true, slug: true, name: true, timeZone: true } });
  const handlers = await unsafeHandlersOf(tx, tenantId);
  for (const claim of claimed) {
    await publishClaimEvent(tx, {
      tenant,
      type: "warranty.claimOverdue",
      claimId: claim.id,
      vendorUserIds: handlers,
      partnerUserIds: WAITS_FOR_PARTNER.includes(claim.status) ? await unsafePartnerFollowersOf(tx, tenantId, claim.partnerId) : [],
      exceptUserId: null,
      params: { claim: claimNumberText(claim.number), serial: claim.serial, status: claim.status, due: todayIn(tenant.timeZone, claim.dueAt) },
    });
  }
  return claimed.length;
}

/** The job's work: every tenant with a claim past due, one transaction each. */
export async function announceOverdueClaims(now: Date = new Date()): Promise<{ tenants: number; announced: number }> {
  const tenants = await withScope({ audience: "worker" }, (tx) => tx.tenant.findMany({ select: { id: true } }));
  let announced = 0;
  for (const { id } of tenants) announced += await withScope({ audience: "system", tenantId: id }, (tx) => announceOverdueInTx(tx, id, now));
  return { tenants: tenants.length, announced };
}
