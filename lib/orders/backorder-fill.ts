import "server-only";
import { scopeOf, systemCtx } from "@/lib/auth/context";
import { withRawScope } from "@/lib/db/raw";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { allocateInTx } from "./allocation";
import { followersIn, orderLink, orderNumberText } from "./notify";
import { scoredQueue } from "./queue";

/**
 * Backorders filled when stock arrives: a receipt (`receiveStock`) enqueues the
 * `orders.fillBackorders` job in its own transaction (./jobs.ts), and the job allocates the
 * orders whose backorder waits for that product, highest shipment-priority score first —
 * the allocation queue's score (./queue.ts, ./priority.ts), read when the job runs. Each order
 * is allocated by the one allocation service (`allocateInTx`: the order row, then its stock
 * items, in the order every allocation locks them) in its own transaction, with the alert to
 * the partner's users and its rep written in that transaction's write statement. A retry is harmless: what an
 * earlier attempt allocated is no longer a backorder, so only what is still free and still
 * waiting moves, and each alert belongs to the allocation that made it.
 */

export type FillRun = { allocated: number; units: number; waiting: number };

export async function fillBackorders(tenantId: string, productId: string): Promise<FillRun> {
  const ctx = systemCtx(tenantId);
  const { tenant, queue } = await withScope(scopeOf(ctx), async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true, timeZone: true } });
    return { tenant, queue: await scoredQueue(tx, { tenantId, tenant }, { backorderOf: productId }) };
  });
  const run: FillRun = { allocated: 0, units: 0, waiting: 0 };
  for (const item of queue) {
    try {
      const done = await withRawScope(scopeOf(ctx), (tx) =>
        allocateInTx(tx, ctx, item.id, {
          note: { trigger: "receipt", priority: { score: item.score, terms: item.terms } },
          alert: (order, allocation, audience) => ({
            tenantId,
            type: "order.backorderAllocated",
            userIds: followersIn(audience),
            link: orderLink(tenant, "partner", order.id),
            params: { order: orderNumberText(order.number), units: String(allocation.units), left: String(allocation.backorderedUnits), complete: allocation.backorderedUnits === 0 ? "yes" : "no", tenant: tenant.name },
          }),
        }),
      );
      run.allocated += 1;
      run.units += done.units;
    } catch (error) {
      // nothing free left for it, or it moved on (cancelled, its backorder dropped) since the queue was read
      if (error instanceof AppError && (error.code === "OUT_OF_STOCK" || error.code === "INVALID_TRANSITION")) run.waiting += 1;
      else throw error;
    }
  }
  return run;
}
