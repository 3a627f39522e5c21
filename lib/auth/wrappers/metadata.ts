import "server-only";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { sanitizeParams } from "@/lib/http/sanitize";
import { can, type PartnerCtx, type VendorCtx } from "../context";
import type { Permission } from "../permissions";
import { loadPartnerCtx, loadVendorCtx } from "../session";
import { guard } from "./pages";

type MetadataProps = { params: Promise<Record<string, string>> };

/**
 * `generateMetadata` of a back-office page, checked like the page itself: a visitor the
 * page refuses gets the 403/404 page's own title, not the refused page's (Next streams the
 * page's metadata after the body, so an unchecked title would replace the error page's).
 * The context is cached per request, so the page does not load it twice.
 */
export function vendorMetadata(
  permission: Permission,
  build: (args: { ctx: VendorCtx; params: Record<string, string> }) => Promise<Metadata>,
) {
  return async function generateMetadata(props: MetadataProps): Promise<Metadata> {
    const params = sanitizeParams(await props.params);
    return guard(async () => {
      const ctx = await loadVendorCtx(params.tenant ?? "");
      if (!can(ctx, permission)) forbidden();
      return build({ ctx, params });
    });
  };
}

/** The same for a partner-portal page. */
export function partnerMetadata(
  permission: Permission,
  build: (args: { ctx: PartnerCtx; params: Record<string, string> }) => Promise<Metadata>,
) {
  return async function generateMetadata(props: MetadataProps): Promise<Metadata> {
    const params = sanitizeParams(await props.params);
    return guard(async () => {
      const ctx = await loadPartnerCtx(params.tenant ?? "");
      if (!can(ctx, permission)) forbidden();
      return build({ ctx, params });
    });
  };
}
