import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";
import type { AccountEventType, EventPayload, TenantEventType } from "./events";

/**
 * Publishes a tenant's domain event by writing an outbox row inside the caller's
 * transaction: the alert exists if and only if the change it announces commits. The
 * worker expands it into per-recipient deliveries (e-mail, SMS) and in-app
 * notifications. Row-level security accepts it only from a session acting inside that
 * tenant (vendor, partner or system scope).
 */
export async function publishEvent(
  tx: Tx,
  input: { tenantId: string; type: TenantEventType; payload: EventPayload },
): Promise<string> {
  const row = outboxRow(input);
  // createMany: a plain INSERT without RETURNING, since publishers (a partner user) may
  // write events they are not allowed to read.
  await tx.outboxEvent.createMany({ data: [row] });
  return row.id;
}

/** The outbox row `publishEvent` writes (also for a statement sent by hand: lib/orders/submit.ts). */
export function outboxRow(input: { tenantId: string; type: TenantEventType; payload: EventPayload }): Prisma.OutboxEventCreateManyInput & { id: string } {
  return { id: createId("event"), tenantId: input.tenantId, type: input.type, payload: input.payload as unknown as Prisma.InputJsonValue };
}

/**
 * Publishes a message about one login (password reset, phone code) — or, before any
 * login exists, to one address (sign-up verification) — to the account outbox, in the
 * caller's transaction. The scope must act as that user (`app.user_id`) or for that
 * address (`app.user_email`): row-level security refuses anything else, and the fan-out
 * sends it to that owner only.
 */
export async function publishAccountEvent(
  tx: Tx,
  input: ({ userId: string; email?: undefined } | { email: string; userId?: undefined }) & {
    type: AccountEventType;
    payload: EventPayload;
  },
): Promise<string> {
  const id = createId("event");
  const owner = input.userId ? { userId: input.userId } : { email: input.email!.toLowerCase() };
  await tx.accountEvent.createMany({
    data: [{ id, ...owner, type: input.type, payload: input.payload as unknown as Prisma.InputJsonValue }],
  });
  return id;
}
