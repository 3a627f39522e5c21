import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { Prisma } from "@/lib/generated/prisma/client";
import { readStatement } from "@/lib/db/statement";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { authSecret } from "@/lib/env";
import { createId } from "@/lib/ids";
import { decodeSessionToken } from "./jwt";
import { loadPreviewCtx } from "./preview";
import { rememberSeats, seatsColumns, seatsOf, type SeatRows, type UserSeats } from "./seats";
import { SESSION_COOKIE } from "./session-cookie";
import type { PartnerCtx, SessionUser, UserCtx, VendorCtx } from "./context";

/** Request id and client IP, set by proxy.ts on every request. */
export const getRequestInfo = cache(async () => {
  const h = await headers();
  return {
    requestId: h.get("x-request-id") ?? createId("request"),
    ip: clientIp((name) => h.get(name)),
  };
});

/**
 * The signed-in user and every seat they hold, or null. The JWT alone is not trusted to be
 * current: its session row must still exist (sign-out deletes it) and be unexpired, and
 * its session version must equal the user's (password change/reset and "sign out
 * everywhere" bump it). All of that, and the seats with their tenants and partners, is ONE
 * statement sent with its row-level-security settings in one round trip and no BEGIN /
 * COMMIT (`readStatement`), once per request (React `cache`): every layout, page and
 * metadata of the request shares it.
 */
const loadSession = cache(async (): Promise<{ user: SessionUser; seats: UserSeats } | null> => {
  const token = await decodeSessionToken((await cookies()).get(SESSION_COOKIE)?.value, authSecret());
  const userId = token?.sub;
  if (!userId || typeof token.sid !== "string" || !Number.isSafeInteger(token.sessionVersion)) return null;
  const [row] = await readStatement<SessionUser & SeatRows>(
    { audience: "anonymous", userId },
    Prisma.sql`SELECT u.id, u.email, u.name, u.locale, u.phone, ${Prisma.raw(seatsColumns("u"))}
       FROM "User" u
      WHERE u.id = ${userId}
        AND u."sessionVersion" = ${token.sessionVersion as number}
        AND u."passwordHash" IS NOT NULL
        AND u."emailVerifiedAt" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "Session" s
                     WHERE s.id = ${token.sid} AND s."userId" = u.id AND s."expiresAt" > now())`,
  );
  if (!row) return null;
  const { memberships, partnerUsers, ...user } = row;
  const seats = seatsOf({ memberships, partnerUsers });
  rememberSeats(user, seats);
  return { user, seats };
});

/** The signed-in user (checked against the session row and version), or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await loadSession())?.user ?? null;
}

export async function requireUserCtx(): Promise<UserCtx> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return { audience: "user", user, ...(await getRequestInfo()) };
}

/** The session user and their seats in the tenant named by the URL. */
async function seatsIn(slug: string) {
  const session = await loadSession();
  if (!session) throw new AppError("UNAUTHENTICATED");
  return {
    user: session.user,
    vendor: session.seats.vendor.find((seat) => seat.tenant.slug === slug) ?? null,
    partner: session.seats.partner.find((seat) => seat.tenant.slug === slug) ?? null,
  };
}

/**
 * Context for the back office of `slug`: 401 when signed out, 404 when the user has no
 * seat in that tenant (its existence is not revealed), 403 for a partner user there.
 */
export const loadVendorCtx = cache(async (slug: string): Promise<VendorCtx> => {
  const { user, vendor, partner } = await seatsIn(slug);
  if (!vendor || vendor.status !== "ACTIVE") {
    throw new AppError(partner?.status === "ACTIVE" ? "FORBIDDEN" : "NOT_FOUND");
  }
  return {
    audience: "vendor",
    user,
    tenant: vendor.tenant,
    tenantId: vendor.tenant.id,
    role: vendor.role,
    ...(await getRequestInfo()),
  };
});

/**
 * Context for the partner portal of `slug`; the partner is the session user's own. A
 * vendor user gets 403 there — unless they are previewing one of this tenant's partners
 * (lib/auth/preview.ts), which gives a read-only context of that partner.
 */
export const loadPartnerCtx = cache(async (slug: string): Promise<PartnerCtx> => {
  const { user, vendor, partner: seat } = await seatsIn(slug);
  if (!seat || seat.status !== "ACTIVE" || seat.partner.status === "OFFBOARDED") {
    if (vendor?.status !== "ACTIVE") throw new AppError("NOT_FOUND");
    const preview = await loadPreviewCtx(user, vendor.tenant, vendor.role, await getRequestInfo());
    if (preview) return preview;
    throw new AppError("FORBIDDEN");
  }
  return {
    audience: "partner",
    user,
    tenant: seat.tenant,
    tenantId: seat.tenant.id,
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
