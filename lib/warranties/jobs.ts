import "server-only";
import { z } from "zod";
import { systemCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { defineJob } from "@/lib/jobs/contract";
import { announceOverdueClaims } from "./overdue";
import { syncShippedUnits } from "./units";

/**
 * Units for shipped serials that have none — shipments make their units in their own
 * transaction, so this catches serials shipped before warranties existed (or written by
 * another path). Idempotent: a serial's unit is unique.
 */
export async function syncAllTenants(): Promise<{ tenants: number; created: number }> {
  const tenants = await withScope({ audience: "worker" }, (tx) => tx.tenant.findMany({ select: { id: true } }));
  let created = 0;
  for (const { id } of tenants) created += (await syncShippedUnits(systemCtx(id))).created;
  return { tenants: tenants.length, created };
}

export const syncShippedUnitsJob = defineJob({
  name: "warranties.syncShippedUnits",
  payload: z.object({}),
  schedule: { cron: "40 * * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  timeoutSeconds: 900,
  handler: async () => syncAllTenants(),
});

/** Claims past their step's due time, announced once per step (lib/warranties/overdue.ts). */
export const claimsOverdueJob = defineJob({
  name: "warranties.claimsOverdue",
  payload: z.object({}),
  schedule: { cron: "*/15 * * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  timeoutSeconds: 600,
  handler: async (_payload, run) => announceOverdueClaims(run.now),
});
