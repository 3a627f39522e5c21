import "server-only";
import { authorize, can, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import type { Locale } from "@/lib/i18n/config";
import { loggerFor } from "@/lib/log";
import type { ProviderResult, SearchProvider } from "./provider";
import { SEARCH_PROVIDERS } from "./registry";
import {
  SEARCH_GROUPS,
  SEARCH_GROUP_LIMIT,
  SEARCH_MIN_LENGTH,
  normalizeSearchText,
  type SearchGroupId,
  type SearchResult,
} from "./types";

/** The providers this reader reaches: their audience's, and only those their role may read. */
function reachableProviders(ctx: TenantCtx, providers: readonly SearchProvider[]): SearchProvider[] {
  return providers.filter((provider) => provider.audience === ctx.audience && can(ctx, provider.permission));
}

const byGroupOrder = (a: SearchGroupId, b: SearchGroupId) => SEARCH_GROUPS.indexOf(a) - SEARCH_GROUPS.indexOf(b);

/** What this reader's search covers, so the palette can say so before anything is typed. */
export function searchableGroups(ctx: TenantCtx, providers: readonly SearchProvider[] = SEARCH_PROVIDERS): SearchGroupId[] {
  authorize(ctx, "search.use");
  return [...new Set(reachableProviders(ctx, providers).map((provider) => provider.group))].sort(byGroupOrder);
}

function run(provider: SearchProvider, ctx: TenantCtx, request: Parameters<SearchProvider["search"]>[1]): Promise<ProviderResult> {
  return provider.audience === "vendor"
    ? provider.search(ctx as VendorCtx, request)
    : provider.search(ctx as PartnerCtx, request);
}

/**
 * "Find anything": asks every provider the reader may use, in parallel, for up to
 * SEARCH_GROUP_LIMIT hits each. A provider that fails leaves its group out (named in
 * `failed`, logged with the request id) rather than the whole answer.
 */
export async function search(
  ctx: TenantCtx,
  input: { q: string; locale: Locale },
  providers: readonly SearchProvider[] = SEARCH_PROVIDERS,
): Promise<SearchResult> {
  authorize(ctx, "search.use");
  const text = normalizeSearchText(input.q);
  if (text.length < SEARCH_MIN_LENGTH) return { query: text, groups: [], failed: [] };
  const reachable = reachableProviders(ctx, providers);
  const request = { text, locale: input.locale, limit: SEARCH_GROUP_LIMIT };
  const settled = await Promise.allSettled(reachable.map((provider) => run(provider, ctx, request)));

  const result: SearchResult = { query: text, groups: [], failed: [] };
  settled.forEach((outcome, index) => {
    const group = reachable[index]!.group;
    if (outcome.status === "rejected") {
      loggerFor(ctx).error({ group, err: outcome.reason }, "search provider failed");
      result.failed.push(group);
    } else if (outcome.value.hits.length > 0) {
      result.groups.push({ id: group, ...outcome.value });
    }
  });
  result.groups.sort((a, b) => byGroupOrder(a.id, b.id));
  return result;
}
