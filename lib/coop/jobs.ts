import "server-only";
import { z } from "zod";
import { systemCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { defineJob } from "@/lib/jobs/contract";
import { accrueTenant } from "./accrual";
import { expireTenant, remindTenant } from "./expiry";

/**
 * Co-op's worker jobs, one tenant per transaction (a tenant's failure does not stop the
 * others' work: the job fails, is retried, and everything already done stays done — each
 * step is idempotent).
 */

async function eachTenant<T>(work: (tenantId: string) => Promise<T>): Promise<T[]> {
  const tenants = await withScope({ audience: "worker" }, (tx) => tx.tenant.findMany({ select: { id: true }, orderBy: { id: "asc" } }));
  const out: T[] = [];
  for (const { id } of tenants) out.push(await work(id));
  return out;
}

/** Accrual from new invoices and payments (lib/coop/accrual.ts), then the reversals credit notes call for (lib/coop/reversal.ts): a replay adds nothing. */
export const accrueCoopJob = defineJob({
  name: "coop.accrue",
  payload: z.object({}),
  schedule: { cron: "25 * * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  timeoutSeconds: 900,
  handler: async (_payload, run) => {
    const results = await eachTenant((id) => accrueTenant(systemCtx(id), run.now));
    return {
      tenants: results.length,
      entries: results.reduce((a, r) => a + r.entries, 0),
      amountMinor: results.reduce((a, r) => a + r.amountMinor, 0n).toString(),
      reversals: results.reduce((a, r) => a + r.reversals, 0),
      reversedMinor: results.reduce((a, r) => a + r.reversedMinor, 0n).toString(),
    };
  },
});

/** Daily: requests past their claim deadline, funds past expiry, then the 30- and 7-day reminders. */
export const expireCoopJob = defineJob({
  name: "coop.expire",
  payload: z.object({}),
  schedule: { cron: "10 2 * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 300, backoff: true },
  timeoutSeconds: 900,
  handler: async (_payload, run) => {
    const expired = await eachTenant((id) => expireTenant(systemCtx(id), run.now));
    const reminded = await eachTenant((id) => remindTenant(systemCtx(id), run.now));
    return {
      requests: expired.reduce((a, r) => a + r.requests, 0),
      funds: expired.reduce((a, r) => a + r.funds, 0),
      expiredMinor: expired.reduce((a, r) => a + r.expiredMinor, 0n).toString(),
      reminders: reminded.reduce((a, r) => a + r.reminders, 0),
    };
  },
});
