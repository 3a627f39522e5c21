import "server-only";
import { systemCtx } from "@/lib/auth/context";
import { addDays, dateToDay, dayToDate, todayIn } from "@/lib/activities/dates";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { registrationMachine } from "./lifecycle";
import { dealLinks, partnerRecipients, publishDealEvent } from "./notify";
import { unsafeRepsOfTerritory } from "./reps";
import { loadDealSettings } from "./stages";

/**
 * Protection reminders and expiry, run by the `deals.expireRegistrations` job (./jobs.ts)
 * with the job's clock (`now`), so tests move time by passing another one.
 *
 * - An APPROVED registration is reminded once when its last protected day is at most the
 *   tenant's `reminderDays` away, and EXPIRED from the day after it (its opportunity stays
 *   in the partner's pipeline, no longer protected).
 * - A PENDING registration whose expected close date went by unreviewed is EXPIRED too.
 *
 * "Today" is the tenant's own (its time zone). The worker finds tenants with open
 * registrations through its row-level-security policy; each tenant is then handled as the
 * system, in batches. Every change is claimed by a conditional update, so a rerun or a
 * second worker never repeats a reminder or an expiry. Partners and reps are told.
 */

const BATCH = 200;

type Outcome = { reminded: number; expired: number };

export async function runRegistrationExpiry(now: Date = new Date()): Promise<Outcome> {
  // The furthest "today" of any time zone (UTC+14) is at most one day ahead of UTC's; the
  // longest reminder window is 90 days.
  const horizon = dayToDate(addDays(dateToDay(now), 92));
  const tenants = await withScope({ audience: "worker" }, (tx) =>
    tx.dealRegistration.findMany({
      where: {
        OR: [
          { status: "APPROVED", protectedUntil: { lt: horizon } },
          { status: "PENDING", expectedCloseOn: { lt: horizon } },
        ],
      },
      distinct: ["tenantId"],
      select: { tenantId: true },
    }),
  );
  const total: Outcome = { reminded: 0, expired: 0 };
  for (const { tenantId } of tenants) {
    for (;;) {
      const batch = await withScope({ audience: "system", tenantId }, (tx) => expiryOfTenant(tx, tenantId, now));
      total.reminded += batch.reminded;
      total.expired += batch.expired;
      if (batch.reminded + batch.expired < BATCH) break;
    }
  }
  return total;
}

async function expiryOfTenant(tx: Tx, tenantId: string, now: Date): Promise<Outcome> {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true, timeZone: true } });
  const settings = await loadDealSettings(tx, tenantId);
  const today = todayIn(tenant.timeZone, now);
  const todayDate = dayToDate(today);
  const due = await tx.dealRegistration.findMany({
    where: {
      tenantId,
      OR: [
        { status: "APPROVED", protectedUntil: { lt: todayDate } },
        { status: "APPROVED", protectedUntil: { lte: dayToDate(addDays(today, settings.reminderDays)) }, reminderSentAt: null },
        { status: "PENDING", expectedCloseOn: { lt: todayDate } },
      ],
    },
    orderBy: { id: "asc" },
    take: BATCH,
    select: { id: true, partnerId: true, status: true, protectedUntil: true, title: true, customerName: true, territoryId: true },
  });
  const ctx = systemCtx(tenantId);
  const outcome: Outcome = { reminded: 0, expired: 0 };
  for (const reg of due) {
    const expires = reg.status === "PENDING" || reg.protectedUntil! < todayDate;
    const claimed = await tx.dealRegistration.updateMany({
      where: expires ? { tenantId, id: reg.id, status: reg.status } : { tenantId, id: reg.id, status: "APPROVED", reminderSentAt: null },
      data: expires ? { status: "EXPIRED", expiredAt: now, version: { increment: 1 } } : { reminderSentAt: now },
    });
    if (claimed.count === 0) continue;
    const until = reg.protectedUntil ? dateToDay(reg.protectedUntil) : "";
    if (expires) {
      const { rule } = registrationMachine.assert(ctx, reg.status, "EXPIRED");
      await recordAudit(tx, ctx, {
        action: `registration.${rule.action}`,
        entityType: "DealRegistration",
        entityId: reg.id,
        before: { status: reg.status, protectedUntil: until || null },
        after: { status: "EXPIRED" },
      });
      outcome.expired += 1;
    } else {
      await recordAudit(tx, ctx, { action: "registration.reminded", entityType: "DealRegistration", entityId: reg.id, after: { protectedUntil: until } });
      outcome.reminded += 1;
    }
    const params = { tenant: tenant.name, deal: reg.title, customer: reg.customerName, until };
    const type = expires ? "deal.expired" : "deal.expiring";
    await publishDealEvent(tx, {
      tenantId,
      type,
      userIds: await partnerRecipients(tx, tenantId, reg.partnerId),
      link: dealLinks.registration(tenant, "partner", reg.id),
      params,
    });
    // A pending registration had no protection to lose: only its partner hears of it.
    if (reg.status === "APPROVED") {
      const reps = await unsafeRepsOfTerritory(tx, tenantId, reg.territoryId);
      await publishDealEvent(tx, { tenantId, type, userIds: reps.map((r) => r.userId), link: dealLinks.registration(tenant, "vendor", reg.id), params });
    }
  }
  return outcome;
}
