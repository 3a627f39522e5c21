import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";
import type { EventPayload, EventType } from "./events";

/**
 * Publishes a domain event by writing an outbox row inside the caller's transaction:
 * the alert exists if and only if the change it announces commits. The worker expands
 * it into per-recipient deliveries (e-mail, SMS) and in-app notifications.
 */
export async function publishEvent(
  tx: Tx,
  input: { tenantId: string | null; type: EventType; payload: EventPayload },
): Promise<string> {
  const id = createId("event");
  // createMany: a plain INSERT without RETURNING, since publishers (a signed-out user
  // resetting a password, a partner user) may write events they are not allowed to read.
  await tx.outboxEvent.createMany({
    data: [{ id, tenantId: input.tenantId, type: input.type, payload: input.payload as unknown as Prisma.InputJsonValue }],
  });
  return id;
}
