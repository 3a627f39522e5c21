import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppError, isAppError } from "@/lib/errors";
import { sanitizeParams } from "@/lib/http/sanitize";
import { can, type PartnerCtx, type VendorCtx } from "../context";
import type { Permission } from "../permissions";
import { loadPartnerCtx, loadVendorCtx } from "../session";

type MetadataProps = { params: Promise<Record<string, string>> };

/**
 * The 403/404 page's own title for a visitor the page refuses. Next streams a page's
 * metadata after its body, so an unchecked `generateMetadata` would put the refused page's
 * title ("Users") over the error page. It never throws: the page itself answers with the
 * status (throwing here, after the response has started, would turn a 403 into a 200).
 */
async function refusedTitle(error: unknown): Promise<Metadata> {
  if (!isAppError(error) || !["FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"].includes(error.code)) throw error;
  if (error.code === "UNAUTHENTICATED") return {}; // the page redirects to the login page
  const t = await getTranslations("common");
  return { title: error.code === "FORBIDDEN" ? t("forbidden.title") : t("notFound.title") };
}

async function checked<C extends VendorCtx | PartnerCtx>(
  load: () => Promise<C>,
  permission: Permission,
  build: (ctx: C) => Promise<Metadata>,
): Promise<Metadata> {
  let ctx: C;
  try {
    ctx = await load();
  } catch (error) {
    return refusedTitle(error);
  }
  if (!can(ctx, permission)) return refusedTitle(new AppError("FORBIDDEN"));
  try {
    return await build(ctx); // e.g. a record's name: an unknown id is the 404's title too
  } catch (error) {
    return refusedTitle(error);
  }
}

/**
 * `generateMetadata` of a back-office page, checked like the page (same permission; the
 * context is cached per request, so it is loaded once).
 */
export function vendorMetadata(
  permission: Permission,
  build: (args: { ctx: VendorCtx; params: Record<string, string> }) => Promise<Metadata>,
) {
  return async function generateMetadata(props: MetadataProps): Promise<Metadata> {
    const params = sanitizeParams(await props.params);
    return checked(
      () => loadVendorCtx(params.tenant ?? ""),
      permission,
      (ctx) => build({ ctx, params }),
    );
  };
}

/** The same for a partner-portal page. */
export function partnerMetadata(
  permission: Permission,
  build: (args: { ctx: PartnerCtx; params: Record<string, string> }) => Promise<Metadata>,
) {
  return async function generateMetadata(props: MetadataProps): Promise<Metadata> {
    const params = sanitizeParams(await props.params);
    return checked(
      () => loadPartnerCtx(params.tenant ?? ""),
      permission,
      (ctx) => build({ ctx, params }),
    );
  };
}
