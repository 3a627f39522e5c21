import "server-only";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { authSecret } from "@/lib/env";
import { createId } from "@/lib/ids";
import { loadPreviewCtx } from "./preview";
import { SESSION_COOKIE } from "./session-cookie";
import type { PartnerCtx, SessionUser, TenantInfo, UserCtx, VendorCtx } from "./context";

const TENANT_FIELDS = { id: true, slug: true, name: true, defaultLocale: true, currency: true, timeZone: true, brandColor: true } as const;

/** Request id and client IP, set by proxy.ts on every request. */
export const getRequestInfo = cache(async () => {
  const h = await headers();
  return {
    requestId: h.get("x-request-id") ?? createId("request"),
    ip: clientIp((name) => h.get(name)),
  };
});

/** The decoded session JWT of this request, or null (absent, expired or not ours). */
async function sessionToken() {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret: authSecret() });
  } catch {
    return null;
  }
}

/**
 * The signed-in user, or null. The JWT alone is not trusted to be current: in ONE query
 * its session row must still exist (sign-out deletes it) and unexpired, and its session
 * version must equal the user's (password change/reset and "sign out everywhere" bump it).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = await sessionToken();
  const userId = token?.sub;
  if (!userId || typeof token.sid !== "string" || typeof token.sessionVersion !== "number") return null;
  const { sid, sessionVersion } = token;
  const user = await withScope({ audience: "anonymous", userId }, (tx) =>
    tx.user.findFirst({
      where: {
        id: userId,
        sessionVersion,
        passwordHash: { not: null },
        emailVerifiedAt: { not: null },
        sessions: { some: { id: sid, expiresAt: { gt: new Date() } } },
      },
      select: { id: true, email: true, name: true, locale: true, phone: true },
    }),
  );
  return user;
});

export async function requireUserCtx(): Promise<UserCtx> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return { audience: "user", user, ...(await getRequestInfo()) };
}

type Seats = {
  tenant: TenantInfo | null;
  vendor: { role: VendorCtx["role"]; status: string } | null;
  partner: { role: PartnerCtx["role"]; status: string; partner: PartnerCtx["partner"] } | null;
};

/** The user's seats in the tenant named by the URL (only rows RLS lets this user see). */
const loadSeats = cache(async (userId: string, slug: string): Promise<Seats> => {
  return withScope({ audience: "anonymous", userId, tenantSlug: slug }, async (tx) => {
    const tenant = await tx.tenant.findUnique({ where: { slug }, select: TENANT_FIELDS });
    if (!tenant) return { tenant: null, vendor: null, partner: null };
    const [membership, partnerUser] = await Promise.all([
      tx.membership.findUnique({ where: { tenantId_userId: { tenantId: tenant.id, userId } } }),
      tx.partnerUser.findUnique({
        where: { tenantId_userId: { tenantId: tenant.id, userId } },
        include: { partner: { select: { id: true, name: true, type: true, status: true } } },
      }),
    ]);
    return {
      tenant,
      vendor: membership ? { role: membership.role, status: membership.status } : null,
      partner: partnerUser
        ? { role: partnerUser.role, status: partnerUser.status, partner: partnerUser.partner }
        : null,
    };
  });
});

/**
 * Context for the back office of `slug`: 401 when signed out, 404 when the user has no
 * seat in that tenant (its existence is not revealed), 403 for a partner user there.
 */
export const loadVendorCtx = cache(async (slug: string): Promise<VendorCtx> => {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  const seats = await loadSeats(user.id, slug);
  if (!seats.tenant) throw new AppError("NOT_FOUND");
  if (!seats.vendor || seats.vendor.status !== "ACTIVE") {
    throw new AppError(seats.partner?.status === "ACTIVE" ? "FORBIDDEN" : "NOT_FOUND");
  }
  return {
    audience: "vendor",
    user,
    tenant: seats.tenant,
    tenantId: seats.tenant.id,
    role: seats.vendor.role,
    ...(await getRequestInfo()),
  };
});

/**
 * Context for the partner portal of `slug`; the partner is the session user's own. A
 * vendor user gets 403 there — unless they are previewing one of this tenant's partners
 * (lib/auth/preview.ts), which gives a read-only context of that partner.
 */
export const loadPartnerCtx = cache(async (slug: string): Promise<PartnerCtx> => {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  const seats = await loadSeats(user.id, slug);
  if (!seats.tenant) throw new AppError("NOT_FOUND");
  const seat = seats.partner;
  if (!seat || seat.status !== "ACTIVE" || seat.partner.status === "OFFBOARDED") {
    if (seats.vendor?.status !== "ACTIVE") throw new AppError("NOT_FOUND");
    const preview = await loadPreviewCtx(user, seats.tenant, seats.vendor.role, await getRequestInfo());
    if (preview) return preview;
    throw new AppError("FORBIDDEN");
  }
  return {
    audience: "partner",
    user,
    tenant: seats.tenant,
    tenantId: seats.tenant.id,
    role: seat.role,
    partnerId: seat.partner.id,
    partner: seat.partner,
    ...(await getRequestInfo()),
  };
});

/** The portal context for a change: a preview may read the portal, never change it. */
export async function loadWritablePartnerCtx(slug: string): Promise<PartnerCtx> {
  const ctx = await loadPartnerCtx(slug);
  if (ctx.preview) throw new AppError("PREVIEW_READ_ONLY");
  return ctx;
}
