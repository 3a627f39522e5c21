import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Tx } from "./scope";

/**
 * Two tools against lost updates.
 *
 * - Pessimistic, where money, stock or a state machine moves: `lockRow` takes
 *   `SELECT … FOR UPDATE` on one tenant row for the rest of the transaction, so a
 *   concurrent transition or debit waits and then sees the committed state. Row-level
 *   security applies, so another tenant's id locks nothing and answers NOT_FOUND.
 * - Optimistic, for edit forms that two tabs may submit: a `version Int @default(0)`
 *   column, sent with the form; the update matches `{ tenantId, id, version }` and
 *   increments it; `assertFresh` turns "no row matched" into STALE_EDIT (409), so the
 *   second tab is told to reload instead of silently overwriting the first.
 */

const IDENTIFIER = /^[A-Z][A-Za-z0-9]*$/;

/** Locks the row `id` of `table` in this tenant until the transaction ends; NOT_FOUND when absent. */
export async function lockRow(tx: Tx, table: string, key: { tenantId: string; id: string }): Promise<void> {
  if (!IDENTIFIER.test(table)) throw new Error(`lockRow: "${table}" is not a model name`);
  const rows = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "tenantId" = ${key.tenantId} AND "id" = ${key.id} FOR UPDATE`,
  );
  if (rows.length === 0) throw new AppError("NOT_FOUND");
}

/** After `updateMany({ where: { tenantId, id, version }, data: { …, version: { increment: 1 } } })`. */
export function assertFresh(result: { count: number }): void {
  if (result.count === 0) throw new AppError("STALE_EDIT");
}

/**
 * Serialises transactions over something that has no row yet (a form's submission key, a
 * tenant's tree): a transaction-scoped advisory lock on the key's hash, released at commit,
 * so the next one waits and then reads what the first one wrote.
 */
export async function lockKey(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}
