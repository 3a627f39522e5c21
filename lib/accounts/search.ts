import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { beginningsFirst, searchWords, withQuery, type ProviderResult, type SearchRequest } from "@/lib/search/provider";
import { visibleAccounts } from "./scope";

/**
 * Search providers of the accounts module (registered in lib/search/registry.ts): accounts
 * by name, filtered by the same visibility rule as the account lists (lib/accounts/scope.ts)
 * — a vendor user finds every account of the tenant, a partner user only its own partner's.
 * "See all" opens the reader's account list filtered by the text.
 */
async function accountHits(ctx: TenantCtx, request: SearchRequest, base: string): Promise<ProviderResult> {
  const words = searchWords(request.locale, "accounts");
  const enums = searchWords(request.locale, "enums");
  const { rows, more } = await withScope(scopeOf(ctx), (tx) =>
    beginningsFirst(request.text, request.limit, (filter, take, excludeIds) =>
      tx.account.findMany({
        where: { AND: [visibleAccounts(ctx), { name: filter }, excludeIds.length ? { id: { notIn: excludeIds } } : {}] },
        select: { id: true, name: true, domain: true, reviewStatus: true, partner: { select: { name: true } } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take,
      }),
    ),
  );
  return {
    hits: rows.map((account) => ({
      id: account.id,
      title: account.name,
      // Vendor users see who owns it; a partner owns all it finds, so only the web domain.
      detail:
        ctx.audience === "vendor"
          ? [account.partner?.name ?? words("table.direct"), account.domain].filter(Boolean).join(" · ")
          : account.domain,
      meta: account.reviewStatus === "CLEAR" ? null : enums(`reviewStatus.${account.reviewStatus}`),
      href: `${base}/${account.id}`,
    })),
    more,
    moreHref: withQuery(base, request.text),
  };
}

/** Every account of the tenant (direct and partners'), for vendor users. */
export async function searchAccounts(ctx: VendorCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "accounts.read");
  return accountHits(ctx, request, `/${ctx.tenant.slug}/admin/accounts`);
}

/** The partner's own accounts only, for its portal users. */
export async function searchOwnAccounts(ctx: PartnerCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "ownAccounts.read");
  return accountHits(ctx, request, `/${ctx.tenant.slug}/portal/accounts`);
}
