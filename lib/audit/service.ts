import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnyCtx } from "@/lib/auth/context";
import type { Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  /**
   * Who acted when the context has no signed-in user: the person accepting an invitation
   * acts for themself, so the log names them rather than "System".
   */
  actorUserId?: string;
};

/**
 * Appends one audit row inside the caller's transaction, so the record exists if and
 * only if the change committed. Every mutating service calls this.
 */
export async function recordAudit(tx: Tx, ctx: AnyCtx & { tenantId: string }, entry: AuditEntry): Promise<void> {
  await recordAudits(tx, ctx, [entry]);
}

/**
 * Several audit rows in one statement: bulk work (an import of thousands of rows) records
 * one entry per record without one round trip each.
 */
export async function recordAudits(tx: Tx, ctx: AnyCtx & { tenantId: string }, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // createMany: a plain INSERT without RETURNING — partner admins write audit rows of what
  // they do in the portal, but the log is the vendor's to read (row-level security).
  await tx.auditLog.createMany({ data: auditLogRows(entries, ctx) });
}

/**
 * The audit rows of `entries` as `recordAudits` writes them (also for a statement sent by hand:
 * lib/orders/submit.ts). A row builder, not a service: it reads and writes nothing, so it
 * takes the entries first and checks no permission (the caller's service has).
 */
export function auditLogRows(entries: readonly AuditEntry[], ctx: AnyCtx & { tenantId: string }): Prisma.AuditLogCreateManyInput[] {
  return entries.map((entry) => ({
    id: createId("audit"),
    tenantId: ctx.tenantId,
    actorUserId: ctx.user?.id ?? entry.actorUserId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    ...(entry.before != null ? { before: entry.before } : {}),
    ...(entry.after != null ? { after: entry.after } : {}),
    requestId: ctx.requestId,
    ip: ctx.ip,
  }));
}

// The audit log list (filters, names, CSV export) lives in ./list.ts.
export { AUDIT_PAGE_SIZE, exportAuditLog, listAuditActors, listAuditLog, listRecentActivity } from "./list";
