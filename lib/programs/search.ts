import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { beginningsFirst, searchWords, withQuery, type ProviderResult, type SearchRequest } from "@/lib/search/provider";

/**
 * Partner programs by name, for vendor users (registered in lib/search/registry.ts); the
 * same rows as the program list: this tenant's programs. A partner has its own program
 * page in the portal and searches nothing here.
 */
export async function searchPrograms(ctx: VendorCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "programs.read");
  const words = searchWords(request.locale, "programs");
  const { rows, more } = await withReadScope(scopeOf(ctx), (tx) =>
    beginningsFirst(request.text, request.limit, (filter, take, excludeIds) =>
      tx.program.findMany({
        where: { tenantId: ctx.tenantId, name: filter, ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}) },
        select: { id: true, name: true, activation: true, _count: { select: { enrolments: true } } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take,
      }),
    ),
  );
  const base = `/${ctx.tenant.slug}/admin/programs`;
  return {
    hits: rows.map((program) => ({
      id: program.id,
      title: program.name,
      detail: words("search.activation", { activation: words(`activation.${program.activation}`) }),
      meta: words("search.partners", { count: program._count.enrolments }),
      href: `${base}/${program.id}`,
    })),
    more,
    moreHref: withQuery(base, request.text),
  };
}
