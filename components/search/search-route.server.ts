import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import type { TenantCtx } from "@/lib/auth/context";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { search } from "@/lib/search/service";

/** The JSON both search routes (back office and portal) answer `?q=` with, in the reader's language; never cached. */
export async function searchResponse(ctx: TenantCtx, req: NextRequest): Promise<Response> {
  const locale = await getLocale();
  const result = await search(ctx, {
    q: req.nextUrl.searchParams.get("q") ?? "",
    locale: isLocale(locale) ? locale : defaultLocale,
  });
  return NextResponse.json(result, { headers: { "Cache-Control": "private, no-store" } });
}
