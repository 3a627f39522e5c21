import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize, type AnyCtx, type VendorCtx } from "@/lib/auth/context";
import { scopeOf } from "@/lib/auth/context";
import { withScope, type Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/**
 * Appends one audit row inside the caller's transaction, so the record exists if and
 * only if the change committed. Every mutating service calls this.
 */
export async function recordAudit(tx: Tx, ctx: AnyCtx & { tenantId: string }, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      id: createId("audit"),
      tenantId: ctx.tenantId,
      actorUserId: ctx.user?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      ...(entry.before != null ? { before: entry.before } : {}),
      ...(entry.after != null ? { after: entry.after } : {}),
      requestId: ctx.requestId,
      ip: ctx.ip,
    },
  });
}

export const AUDIT_PAGE_SIZE = 50;

/** The tenant's audit log, newest first, with the actor's name. */
export async function listAuditLog(
  ctx: VendorCtx,
  input: { page: number; action?: string | undefined; pageSize?: number },
) {
  authorize(ctx, "audit.read");
  const page = Math.max(1, input.page);
  const pageSize = Math.min(AUDIT_PAGE_SIZE, Math.max(1, input.pageSize ?? AUDIT_PAGE_SIZE));
  const where = { tenantId: ctx.tenantId, ...(input.action ? { action: { startsWith: input.action } } : {}) };
  return withScope(scopeOf(ctx), async (tx) => {
    const [rows, total] = await Promise.all([
      tx.auditLog.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      tx.auditLog.count({ where }),
    ]);
    const actorIds = [...new Set(rows.map((row) => row.actorUserId).filter((id): id is string => !!id))];
    const actors = actorIds.length
      ? await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
      : [];
    const byId = new Map(actors.map((actor) => [actor.id, actor]));
    return {
      total,
      page,
      pageSize,
      rows: rows.map((row) => ({ ...row, actor: row.actorUserId ? (byId.get(row.actorUserId) ?? null) : null })),
    };
  });
}
