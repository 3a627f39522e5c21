import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { withReadScope } from "@/lib/db/read";
import { authSecret } from "@/lib/env";
import type { VendorRole } from "@/lib/generated/prisma/enums";
import type { PartnerCtx, SessionUser, TenantInfo } from "./context";
import { PREVIEW_ROLE, vendorCan } from "./permissions";

/**
 * "Preview as partner": a vendor user with `partners.preview` opens a partner's portal
 * read-only, to see what the partner sees while helping them. The choice of partner is a
 * signed cookie set by the back office's start action (which audits it) — never a URL
 * parameter a link could carry — and on every request it is checked again: signed by us,
 * for this very user and tenant, unexpired, the user still holds an active back-office
 * seat with `partners.preview` here, and the partner still belongs to this tenant (and is
 * not offboarded). The resulting PartnerCtx has `preview` set; `can()` then grants only
 * the read permissions of PREVIEW_PERMISSIONS, the action wrapper refuses every portal
 * action, and its database scope (audience "preview") may write nothing at all.
 */

/** `__Host-`: this exact origin, path "/", Secure, like the session cookie. */
export const PREVIEW_COOKIE = "__Host-canal.preview";
/** A preview lasts at most this long; starting it again from the partner page renews it. */
export const PREVIEW_TTL_SECONDS = 2 * 60 * 60;

type Claim = { userId: string; tenantId: string; partnerId: string; expiresAt: number };

function sign(value: string): string {
  return createHmac("sha256", `preview:${authSecret()}`).update(value).digest("base64url");
}

/** `<base64url(json)>.<HMAC>`: only this server can make one. */
export function previewToken(claim: Claim): string {
  const value = Buffer.from(JSON.stringify(claim)).toString("base64url");
  return `${value}.${sign(value)}`;
}

/** The claim of a token we signed and that has not expired, else null. */
export function readPreviewToken(token: string | undefined, now = Date.now()): Claim | null {
  if (!token || token.length > 1_000) return null;
  const [value, signature] = token.split(".");
  if (!value || !signature) return null;
  const expected = Buffer.from(sign(value));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claim = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Partial<Claim>;
    const { userId, tenantId, partnerId, expiresAt } = claim;
    if (typeof userId !== "string" || typeof tenantId !== "string" || typeof partnerId !== "string") return null;
    if (typeof expiresAt !== "number" || expiresAt <= now) return null;
    return { userId, tenantId, partnerId, expiresAt };
  } catch {
    return null;
  }
}

/**
 * Starts (or switches) the preview: call only after the service allowed and audited it
 * (lib/partners/preview.ts). One preview at a time per browser.
 */
export async function setPreviewCookie(input: { userId: string; tenantId: string; partnerId: string }): Promise<void> {
  const token = previewToken({ ...input, expiresAt: Date.now() + PREVIEW_TTL_SECONDS * 1000 });
  (await cookies()).set(PREVIEW_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: "lax",
    path: "/",
    maxAge: PREVIEW_TTL_SECONDS,
  });
}

export async function clearPreviewCookie(): Promise<void> {
  (await cookies()).delete({ name: PREVIEW_COOKIE, path: "/", secure: true });
}

/** The partner named by this request's preview cookie, for this user and tenant — or null. */
export async function previewedPartnerId(user: SessionUser, tenant: TenantInfo): Promise<string | null> {
  const claim = readPreviewToken((await cookies()).get(PREVIEW_COOKIE)?.value);
  if (!claim || claim.userId !== user.id || claim.tenantId !== tenant.id) return null;
  return claim.partnerId;
}

/**
 * The read-only portal context of a preview, or null when there is none to give: no valid
 * cookie, a role without `partners.preview`, or a partner that is not (or no longer) one
 * of this tenant's. Called by the session loader for a vendor seat holder in the portal.
 */
export async function loadPreviewCtx(
  user: SessionUser,
  tenant: TenantInfo,
  vendorRole: VendorRole,
  request: { requestId: string; ip: string | null },
): Promise<PartnerCtx | null> {
  if (!vendorCan(vendorRole, "partners.preview")) return null;
  const partnerId = await previewedPartnerId(user, tenant);
  if (!partnerId) return null;
  // Read as the vendor user the person is: the partner must be this tenant's, now.
  const partner = await withReadScope({ audience: "vendor", tenantId: tenant.id, userId: user.id }, (tx) =>
    tx.partner.findUnique({
      where: { tenantId_id: { tenantId: tenant.id, id: partnerId } },
      select: { id: true, name: true, type: true, status: true },
    }),
  );
  if (!partner || partner.status === "OFFBOARDED") return null;
  return {
    audience: "partner",
    user,
    tenant,
    tenantId: tenant.id,
    role: PREVIEW_ROLE,
    partnerId: partner.id,
    partner,
    preview: { vendorRole },
    ...request,
  };
}
