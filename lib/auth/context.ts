import type { PartnerRole, PartnerStatus, PartnerType, VendorRole } from "@/lib/generated/prisma/enums";
import type { DbScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { PREVIEW_PERMISSIONS, partnerCan, suspendedPartnerMay, userCan, vendorCan, type Permission } from "./permissions";

/** The person behind a request, verified against the session version. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  phone: string | null;
};

export type TenantInfo = {
  id: string;
  slug: string;
  name: string;
  defaultLocale: string;
  currency: string;
  timeZone: string;
  /** #rrggbb; null or absent = Canal's own colour */
  brandColor?: string | null;
  /** The workspace's logo (lib/branding), loaded with the session so the frames need no query. */
  logoFileId?: string | null;
};

type RequestInfo = { requestId: string; ip: string | null };

/** A signed-in user outside any tenant (profile, workspace chooser). */
export type UserCtx = RequestInfo & { audience: "user"; user: SessionUser };

/** A vendor user acting in one tenant's back office. */
export type VendorCtx = RequestInfo & {
  audience: "vendor";
  user: SessionUser;
  tenant: TenantInfo;
  tenantId: string;
  role: VendorRole;
  partnerId?: undefined;
};

/**
 * A vendor user looking at a partner's portal read-only ("preview as partner"): who
 * previews, with which back-office role. The partner was chosen by the vendor and is
 * re-verified against the tenant on every request (lib/auth/preview.ts).
 */
export type PreviewInfo = { vendorRole: VendorRole };

/**
 * A partner user acting in one tenant's portal; `partnerId` always comes from the session
 * — or, in a preview, from the vendor's signed choice of partner, with `preview` set: the
 * user is then the vendor user, and the context can do nothing but read (see `can`).
 */
export type PartnerCtx = RequestInfo & {
  audience: "partner";
  user: SessionUser;
  tenant: TenantInfo;
  tenantId: string;
  role: PartnerRole;
  partnerId: string;
  partner: { id: string; name: string; type: PartnerType; status: PartnerStatus };
  preview?: PreviewInfo;
};

/** Jobs, seeds and other work done by Canal itself inside one tenant. */
export type SystemCtx = RequestInfo & {
  audience: "system";
  tenantId: string;
  user?: undefined;
  partnerId?: undefined;
};

export type TenantCtx = VendorCtx | PartnerCtx;

/**
 * What a visibility rule (`visiblePartners(viewer)`, …) needs to know about the reader; a
 * VendorCtx or PartnerCtx fits. Rules read the audience first, so they fail closed.
 */
export type Viewer =
  | { audience: "vendor"; tenantId: string }
  | { audience: "partner"; tenantId: string; partnerId: string };
export type AnyCtx = UserCtx | VendorCtx | PartnerCtx | SystemCtx;

/** The row-level-security settings matching a context. */
export function scopeOf(ctx: AnyCtx): DbScope {
  switch (ctx.audience) {
    case "vendor":
      return { audience: "vendor", tenantId: ctx.tenantId, userId: ctx.user.id };
    case "partner":
      // A preview reads as the partner does; row-level security lets it write nothing.
      return { audience: ctx.preview ? "preview" : "partner", tenantId: ctx.tenantId, userId: ctx.user.id, partnerId: ctx.partnerId };
    case "system":
      return { audience: "system", tenantId: ctx.tenantId };
    case "user":
      return { audience: "anonymous", userId: ctx.user.id };
  }
}

export function can(ctx: AnyCtx, permission: Permission): boolean {
  switch (ctx.audience) {
    case "vendor":
      return vendorCan(ctx.role, permission);
    case "partner":
      if (ctx.preview) return (PREVIEW_PERMISSIONS as readonly Permission[]).includes(permission) && partnerCan(ctx.role, permission);
      if (isSuspended(ctx) && !suspendedPartnerMay(permission)) return false;
      return partnerCan(ctx.role, permission);
    case "user":
      return userCan(permission);
    case "system":
      return true;
  }
}

/** A portal context of a partner the vendor suspended (its portal is read-only). */
function isSuspended(ctx: PartnerCtx): boolean {
  return ctx.partner?.status === "SUSPENDED";
}

/**
 * The one policy check services call; throws FORBIDDEN when the role lacks the action —
 * or PARTNER_SUSPENDED when the role has it but the partner is suspended, so its users are
 * told why (the action wrapper runs this before looking at the input, like a preview's
 * PREVIEW_READ_ONLY).
 */
export function authorize(ctx: AnyCtx, permission: Permission): void {
  if (can(ctx, permission)) return;
  if (ctx.audience === "partner" && !ctx.preview && isSuspended(ctx) && partnerCan(ctx.role, permission)) {
    throw new AppError("PARTNER_SUSPENDED");
  }
  throw new AppError("FORBIDDEN");
}

export function systemCtx(tenantId: string): SystemCtx {
  return { audience: "system", tenantId, requestId: "system", ip: null };
}
