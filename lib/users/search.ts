import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { beginningsFirst, searchWords, withQuery, type ProviderResult, type SearchRequest } from "@/lib/search/provider";
import { visibleMembers } from "./scope";

/**
 * Search provider of the users module: colleagues (vendor seats) by name or e-mail
 * address. There is no page per person, so a hit opens the users list filtered by the
 * person's address (registered in lib/search/registry.ts).
 */
export async function searchMembers(ctx: VendorCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "users.read");
  const enums = searchWords(request.locale, "enums");
  const { rows, more } = await withReadScope(scopeOf(ctx), (tx) =>
    beginningsFirst(request.text, request.limit, (filter, take, excludeIds) =>
      tx.membership.findMany({
        where: {
          ...visibleMembers(ctx),
          user: { OR: [{ name: filter }, { email: filter }] },
          ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}),
        },
        select: { id: true, role: true, status: true, user: { select: { name: true, email: true } } },
        orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
        take,
      }),
    ),
  );
  const users = `/${ctx.tenant.slug}/admin/users`;
  return {
    hits: rows.map((seat) => ({
      id: seat.id,
      title: seat.user.name,
      detail: seat.user.email,
      meta: seat.status === "ACTIVE" ? enums(`vendorRole.${seat.role}`) : enums(`memberStatus.${seat.status}`),
      href: withQuery(users, seat.user.email),
    })),
    more,
    moreHref: withQuery(users, request.text),
  };
}
