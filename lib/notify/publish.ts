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
  const id = createId("event");
  // createMany: a plain INSERT without RETURNING, since publishers (a partner user) may
  // write events they are not allowed to read.
  await tx.outboxEvent.createMany({
    data: [{ id, tenantId: input.tenantId, type: input.type, payload: input.payload as unknown as Prisma.InputJsonValue }],
  });
  return id;
}

/**
 * Publishes a message about one login (password reset, phone code) to the account
 * outbox, in the caller's transaction. The scope must act as that user
 * (`app.user_id` = `userId`): row-level security refuses anything else, and the
 * fan-out sends it to that user only.
 */
export async function publishAccountEvent(
  tx: Tx,
  input: { userId: string; type: AccountEventType; payload: EventPayload },
): Promise<string> {
  const id = createId("event");
  await tx.accountEvent.createMany({
    data: [{ id, userId: input.userId, type: input.type, payload: input.payload as unknown as Prisma.InputJsonValue }],
  });
  return id;
}
