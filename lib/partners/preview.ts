import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { getPartnerRow } from "./rows";

/**
 * Starts a "preview as partner": a vendor user with partners.preview chose, on the
 * partner's page, to see that partner's portal read-only (to help them over the phone).
 * The partner must be one of this tenant's — checked here and again on every request of
 * the preview (lib/auth/preview.ts) — and not offboarded (its portal is closed). Every
 * start is audited; the caller then sets the preview cookie.
 */
export async function startPartnerPreview(
  ctx: VendorCtx,
  input: { partnerId: string },
): Promise<{ partnerId: string; name: string }> {
  authorize(ctx, "partners.preview");
  return withScope(scopeOf(ctx), async (tx) => {
    const partner = await getPartnerRow(tx, ctx, input.partnerId);
    if (partner.status === "OFFBOARDED") throw new AppError("CONFLICT");
    await recordAudit(tx, ctx, {
      action: "partner.previewStarted",
      entityType: "Partner",
      entityId: partner.id,
      after: { name: partner.name },
    });
    return { partnerId: partner.id, name: partner.name };
  });
}
