"use server";

import { z } from "zod";
import { clearPreviewCookie, previewedPartnerId, setPreviewCookie } from "@/lib/auth/preview";
import { vendorAction } from "@/lib/auth/wrappers";
import { startPartnerPreview } from "@/lib/partners/preview";
import { previewPartnerSchema } from "@/lib/partners/schema";

/**
 * "Preview portal" on a partner's page: the service checks and audits the start, then the
 * signed cookie names the partner for the portal's requests (lib/auth/preview.ts).
 */
export const startPreviewAction = vendorAction(
  "partners.preview",
  previewPartnerSchema,
  async (ctx, input) => {
    const { partnerId } = await startPartnerPreview(ctx, input);
    await setPreviewCookie({ userId: ctx.user.id, tenantId: ctx.tenantId, partnerId });
    return { partnerId };
  },
  { redirectTo: (ctx) => `/${ctx.tenant.slug}/portal` },
);

/** "Exit preview" in the portal's banner: back to the partner's page in the back office. */
export const endPreviewAction = vendorAction(
  "partners.preview",
  z.object({}),
  async (ctx) => {
    const partnerId = await previewedPartnerId(ctx.user, ctx.tenant);
    await clearPreviewCookie();
    return { partnerId };
  },
  {
    redirectTo: (ctx, result) => `/${ctx.tenant.slug}/admin/partners${result.partnerId ? `/${result.partnerId}` : ""}`,
  },
);
