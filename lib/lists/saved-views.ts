import "server-only";
import type { TenantCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { ListSort } from "./query";
import type { DeleteViewInput, SavedView, SaveViewInput } from "./saved-view-schema";

/**
 * Saved views: a person names the state of a list (filters, sort, page size, hidden columns)
 * and comes back to it with one click. Any list can offer them: its module wraps these
 * helpers in services that authorize the list's own read permission (lib/orders/views.ts),
 * and passes the list's parser, so what is stored is what the list itself would read from
 * the URL — never a page number, never a value the parser would refuse. Each view is its
 * owner's alone (row-level security: the tenant and `userId = app_user_id()`).
 */

/** The lists that offer saved views (SavedView.list). */
export const SAVED_VIEW_LISTS = ["orders.queue"] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

/** Most views a person keeps per list. */
export const MAX_SAVED_VIEWS = 50;


/** What a list hands the helpers: its parser, filter keys and defaults (`defineListQuery`). */
export type SavedViewSource = {
  list: SavedViewList;
  parse: (params: URLSearchParams) => { sort: ListSort; pageSize: number; hidden: string[] } & Record<string, unknown>;
  filters: readonly string[];
  defaultSort: ListSort;
  defaultPageSize: number;
};

/** The list state of a raw query, as the list reads it: filters, then sort, size and hidden columns when not the defaults. */
export function canonicalQuery(source: SavedViewSource, raw: string): string {
  const parsed = source.parse(new URLSearchParams(raw.replace(/^\?/, "")));
  const out = new URLSearchParams();
  for (const key of source.filters) {
    const value = parsed[key];
    if (value !== undefined && value !== null && value !== "") out.set(key, String(value));
  }
  if (parsed.sort.id !== source.defaultSort.id || parsed.sort.desc !== source.defaultSort.desc) out.set("sort", `${parsed.sort.desc ? "-" : ""}${parsed.sort.id}`);
  if (parsed.pageSize !== source.defaultPageSize) out.set("size", String(parsed.pageSize));
  if (parsed.hidden.length) out.set("hide", parsed.hidden.join(","));
  return out.toString();
}

/** The person's views of a list, by name. */
export async function savedViewsIn(tx: Tx, ctx: TenantCtx, list: SavedViewList): Promise<SavedView[]> {
  return tx.savedView.findMany({
    where: { tenantId: ctx.tenantId, userId: ctx.user.id, list },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, query: true },
  });
}

/** Saves the view under its name (the same name again replaces it). */
export async function saveViewIn(tx: Tx, ctx: TenantCtx, source: SavedViewSource, input: SaveViewInput): Promise<SavedView> {
  const query = canonicalQuery(source, input.query);
  const key = { tenantId: ctx.tenantId, userId: ctx.user.id, list: source.list, name: input.name };
  const existing = await tx.savedView.findUnique({ where: { tenantId_userId_list_name: key }, select: { id: true, query: true } });
  if (!existing && (await tx.savedView.count({ where: { tenantId: ctx.tenantId, userId: ctx.user.id, list: source.list } })) >= MAX_SAVED_VIEWS) {
    throw new AppError("VALIDATION_FAILED", { fields: { name: ["savedViews.tooMany"] } });
  }
  const view = await tx.savedView.upsert({
    where: { tenantId_userId_list_name: key },
    create: { id: createId("savedView"), ...key, query },
    update: { query },
    select: { id: true, name: true, query: true },
  });
  await recordAudit(tx, ctx, {
    action: "savedView.saved",
    entityType: "User",
    entityId: ctx.user.id,
    ...(existing ? { before: { list: source.list, name: input.name, query: existing.query } } : {}),
    after: { list: source.list, name: input.name, query },
  });
  return view;
}

/** Deletes one of the person's views of a list (someone else's, or another list's: NOT_FOUND). */
export async function deleteViewIn(tx: Tx, ctx: TenantCtx, list: SavedViewList, input: DeleteViewInput): Promise<void> {
  const view = await tx.savedView.findFirst({ where: { tenantId: ctx.tenantId, userId: ctx.user.id, list, id: input.viewId }, select: { id: true, name: true, query: true } });
  if (!view) throw new AppError("NOT_FOUND");
  await tx.savedView.delete({ where: { id: view.id } });
  await recordAudit(tx, ctx, { action: "savedView.deleted", entityType: "User", entityId: ctx.user.id, before: { list, name: view.name, query: view.query } });
}
