import "server-only";
import { withScope, type Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";

/** Sessions end at most this long after sign-in, however active (the JWT's maxAge too). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * Server-side record of one sign-in: its id travels in the (encrypted) session JWT and
 * every request checks that the row still exists, in the same query as the user's
 * session version (lib/auth/session.ts). Signing out deletes it, so a copied cookie
 * stops working at once instead of when the JWT expires.
 */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  const id = createId("session");
  await withScope({ audience: "anonymous", userId }, (tx) =>
    tx.session.create({ data: { id, userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } }),
  );
  return id;
}

/** Ends one session (sign-out). Unknown or already-ended ids are a no-op. */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  await withScope({ audience: "anonymous", userId }, (tx) => tx.session.deleteMany({ where: { id: sessionId, userId } }));
}

/** Ends every session of the user, inside the caller's transaction (its scope names the user). */
export async function endAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.session.deleteMany({ where: { userId } });
}

/** Drops expired sessions (the worker's housekeeping). */
export async function pruneExpiredSessions(now = new Date()): Promise<number> {
  const { count } = await withScope({ audience: "worker" }, (tx) =>
    tx.session.deleteMany({ where: { expiresAt: { lt: now } } }),
  );
  return count;
}
