import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "./client";
import { sqlLiteral } from "./literal";

export type Tx = Prisma.TransactionClient;

/**
 * What PostgreSQL row-level security sees for one transaction. The policies in the
 * migrations read these settings through app_tenant_id(), app_user_id(),
 * app_partner_id() and app_is_vendor(); with none set, tenant tables read as empty.
 */
export type DbScope = {
  /** "preview": a vendor user reading a partner's portal; reads as that partner, writes nothing */
  audience: "vendor" | "partner" | "preview" | "system" | "anonymous" | "worker";
  tenantId?: string | null;
  userId?: string | null;
  partnerId?: string | null;
  /** Lets a sign-in or invitation find a user row by e-mail before knowing its id. */
  userEmail?: string | null;
  /** Lets routing resolve a tenant row by slug before the tenant id is known. */
  tenantSlug?: string | null;
  /** SHA-256 of an e-mailed token: lets its holder find the one pending sign-up it names. */
  tokenHash?: string | null;
  /**
   * The login being invited (found by `userEmail`): its seats in this tenant become
   * visible, so an invitation by a partner admin can refuse someone who holds one already.
   */
  inviteeId?: string | null;
};

export const TX_OPTIONS = { maxWait: 5_000, timeout: 15_000 } as const;

/**
 * Runs `fn` in one transaction with the scope's settings (local to the transaction).
 * `lockKeys`: advisory locks (like `lockKey`, lib/db/concurrency.ts) taken, in the order
 * given, by the settings' own statement — one round trip less per key for a transaction
 * that would take them first anyway (a submission's idempotency key).
 * `timeoutMs`: for the rare transaction that must write a large batch at once in the worker
 * (a forecast run's snapshot), instead of TX_OPTIONS' 15 s meant for requests.
 */
export async function withScope<T>(
  scope: DbScope,
  fn: (tx: Tx) => Promise<T>,
  options: { lockKeys?: readonly string[]; timeoutMs?: number } = {},
): Promise<T> {
  return prisma().$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(settingsSql(scope, { lockKeys: options.lockKeys }));
      return fn(tx);
    },
    options.timeoutMs ? { ...TX_OPTIONS, timeout: options.timeoutMs } : TX_OPTIONS,
  );
}

/** Changes the settings mid-transaction, e.g. after a sign-up created the tenant id. */
export async function applyScope(tx: Tx, scope: DbScope): Promise<void> {
  await tx.$executeRawUnsafe(settingsSql(scope));
}

/**
 * The one statement that makes a transaction's row-level-security settings (local to the
 * transaction), and takes its first advisory locks (`lockKeys`). `readOnly` (withReadScope, lib/db/read.ts) also makes the transaction
 * READ ONLY; it must then be the transaction's first statement.
 *
 * Written with quoted literals (lib/db/literal.ts), not parameters: a statement without
 * parameters travels with the simple protocol, so the pool's clients send it in one
 * message with the transaction's BEGIN (lib/db/pool.ts), and `readStatement` sends it in
 * front of its query — one round trip instead of two.
 */
export function settingsSql(scope: DbScope, options: { readOnly?: boolean; lockKeys?: readonly string[] } = {}): string {
  const settings: [string, string][] = [
    ["app.audience", scope.audience],
    ["app.tenant_id", scope.tenantId ?? ""],
    ["app.user_id", scope.userId ?? ""],
    ["app.partner_id", scope.partnerId ?? ""],
    ["app.user_email", scope.userEmail?.toLowerCase() ?? ""],
    ["app.tenant_slug", scope.tenantSlug ?? ""],
    ["app.token_hash", scope.tokenHash ?? ""],
    ["app.invitee_id", scope.inviteeId ?? ""],
  ];
  if (options.readOnly) settings.push(["transaction_read_only", "on"]);
  // select-list items run left to right: the settings, then the locks in the order given
  const items = [
    ...settings.map(([name, value]) => `set_config('${name}', ${sqlLiteral(value)}, true)`),
    ...(options.lockKeys ?? []).map((key) => `pg_advisory_xact_lock(hashtext(${sqlLiteral(key)}))`),
  ];
  return `SELECT ${items.join(", ")}`;
}
