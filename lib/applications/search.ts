import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { beginningsFirst, searchWords, withQuery, type ProviderResult, type SearchRequest } from "@/lib/search/provider";

/**
 * Partner applications by company name, for those who work the queue (registered in
 * lib/search/registry.ts); "see all" opens the queue filtered by the text. The same rows
 * as the queue: this tenant's applications, whatever their status.
 */
export async function searchApplications(ctx: VendorCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "applications.read");
  const words = searchWords(request.locale, "applications");
  const enums = searchWords(request.locale, "enums");
  const { rows, more } = await withReadScope(scopeOf(ctx), (tx) =>
    beginningsFirst(request.text, request.limit, (filter, take, excludeIds) =>
      tx.partnerApplication.findMany({
        where: { tenantId: ctx.tenantId, companyName: filter, ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}) },
        select: { id: true, companyName: true, partnerType: true, status: true },
        orderBy: [{ companyName: "asc" }, { id: "asc" }],
        take,
      }),
    ),
  );
  const base = `/${ctx.tenant.slug}/admin/applications`;
  return {
    hits: rows.map((application) => ({
      id: application.id,
      title: application.companyName,
      detail: enums(`partnerType.${application.partnerType}`),
      meta: words(`status.${application.status}`),
      href: `${base}/${application.id}`,
    })),
    more,
    moreHref: withQuery(base, request.text),
  };
}
