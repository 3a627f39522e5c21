import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { AUDIT_OBJECT_TYPES } from "./registry";
import { auditListQuery, type AuditListItem, type AuditListQuery, type AuditObject, type AuditPerson } from "./schema";

export const AUDIT_PAGE_SIZE = 50;

function auditWhere(ctx: VendorCtx, query: AuditListQuery, asOf?: Date): Prisma.AuditLogWhereInput {
  const action = query.action;
  return {
    tenantId: ctx.tenantId,
    ...(query.actor ? { actorUserId: query.actor } : {}),
    ...(query.entity ? { entityType: query.entity } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    // "partner.created" is one action; "user." or "partner" every action starting so.
    ...(action ? { action: /\.[A-Za-z]/.test(action) ? action : { startsWith: action } } : {}),
    ...(asOf ? { createdAt: { lte: asOf } } : {}),
  };
}

type AuditRow = Prisma.AuditLogGetPayload<object>;

/** Names for the people and records of a page of entries: one query per kind of record. */
async function describe(tx: Tx, ctx: VendorCtx, rows: AuditRow[]): Promise<AuditListItem[]> {
  const tenantId = ctx.tenantId;
  const idsOf = (type: string) => [
    ...new Set(rows.filter((row) => row.entityType === type).map((row) => row.entityId)),
  ];
  const actorIds = [...new Set(rows.map((row) => row.actorUserId).filter((id): id is string => Boolean(id)))];
  const [actors, ...named] = await Promise.all([
    actorIds.length
      ? tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
      : ([] as AuditPerson[]),
    ...AUDIT_OBJECT_TYPES.map(async (kind) => {
      const ids = idsOf(kind.type);
      return ids.length
        ? (await kind.describe(tx, tenantId, ids)).map((record) => ({ ...record, type: kind.type }))
        : [];
    }),
  ]);
  const person = new Map<string, AuditPerson>(actors.map((user) => [user.id, user]));
  const objects = new Map<string, Omit<AuditObject, "type" | "id">>();
  for (const record of named.flat()) {
    objects.set(`${record.type}:${record.id}`, { name: record.name, email: record.email, path: record.path ?? null });
  }
  objects.set(`Tenant:${tenantId}`, { name: ctx.tenant.name, path: "settings" });

  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    actor: row.actorUserId ? (person.get(row.actorUserId) ?? null) : null,
    object: {
      type: row.entityType,
      id: row.entityId,
      name: null,
      path: null,
      ...objects.get(`${row.entityType}:${row.entityId}`),
    },
    before: row.before,
    after: row.after,
    requestId: row.requestId,
  }));
}

async function auditRows(
  tx: Tx,
  ctx: VendorCtx,
  where: Prisma.AuditLogWhereInput,
  query: AuditListQuery,
  window: { skip: number; take: number },
) {
  const dir = direction(query.sort);
  const rows = await tx.auditLog.findMany({ where, orderBy: [{ createdAt: dir }, { id: dir }], ...window });
  return describe(tx, ctx, rows);
}

const fullQuery = (input: Partial<AuditListQuery>): AuditListQuery => ({ ...auditListQuery.parse({}), ...input });

/** The tenant's audit log, newest first, naming who acted and on what; filterable by person, record and action. */
export async function listAuditLog(
  ctx: VendorCtx,
  input: Partial<AuditListQuery> = {},
): Promise<ListPage<AuditListItem>> {
  authorize(ctx, "audit.read");
  const query = fullQuery(input);
  const page = Math.max(1, Math.floor(query.page) || 1);
  const pageSize = Math.min(AUDIT_PAGE_SIZE * 2, Math.max(1, query.pageSize));
  const where = auditWhere(ctx, query);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, total] = await Promise.all([
      auditRows(tx, ctx, where, query, pageWindow({ page, pageSize })),
      tx.auditLog.count({ where }),
    ]);
    return { rows, total, page, pageSize };
  });
}

/** The newest `count` entries (the dashboard's activity card): no filters, no total to count. */
export async function listRecentActivity(ctx: VendorCtx, count: number): Promise<AuditListItem[]> {
  authorize(ctx, "audit.read");
  const query = fullQuery({});
  return withReadScope(scopeOf(ctx), (tx) =>
    auditRows(tx, ctx, auditWhere(ctx, query), query, { skip: 0, take: Math.min(AUDIT_PAGE_SIZE, Math.max(1, count)) }),
  );
}

/** Every entry matching the filters, for the CSV export. */
export function exportAuditLog(ctx: VendorCtx, input: Partial<AuditListQuery>): AsyncIterable<AuditListItem> {
  authorize(ctx, "audit.read");
  const query = fullQuery(input);
  const where = auditWhere(ctx, query, new Date());
  return inBatches((window) => withScope(scopeOf(ctx), (tx) => auditRows(tx, ctx, where, query, window)));
}

/** Everyone who has acted in this workspace, for the audit log's "person" filter. */
export async function listAuditActors(ctx: VendorCtx): Promise<AuditPerson[]> {
  authorize(ctx, "audit.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const groups = await tx.auditLog.groupBy({
      by: ["actorUserId"],
      where: { tenantId: ctx.tenantId, actorUserId: { not: null } },
    });
    const ids = groups.map((group) => group.actorUserId).filter((id): id is string => Boolean(id));
    if (ids.length === 0) return [];
    return tx.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, email: true },
      orderBy: [{ name: "asc" }, { email: "asc" }],
    });
  });
}
