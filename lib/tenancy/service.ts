import "server-only";
import { authorize, scopeOf, type UserCtx, type VendorCtx } from "@/lib/auth/context";
import { hashPassword, passwordProblems } from "@/lib/auth/password";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { recordAudit } from "@/lib/audit/service";
import { applyScope, withScope } from "@/lib/db/scope";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { normalizeEmail, slugSchema, type SignUpInput, type TenantSettingsInput } from "./schema";

/**
 * Creates a tenant with its first admin in one transaction. Used by public sign-up and
 * by the demo seed; callers add their own gates (rate limit, sign-up switch).
 */
export async function createTenantWithAdmin(rawInput: SignUpInput, meta: { requestId: string; ip: string | null }) {
  // Callers other than the sign-up form (seed, factories) skip its schema: normalise here too.
  const input = { ...rawInput, email: normalizeEmail(rawInput.email), slug: rawInput.slug.trim().toLowerCase() };
  const problems = passwordProblems(input.password, [input.email, input.adminName, input.tenantName]);
  if (problems.length) throw new AppError("VALIDATION_FAILED", { fields: { password: problems } });
  const passwordHash = await hashPassword(input.password);
  const tenantId = createId("tenant");
  const userId = createId("user");
  try {
    return await withScope({ audience: "system", tenantSlug: input.slug, userEmail: input.email }, async (tx) => {
      if (await tx.tenant.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
        throw new AppError("SLUG_TAKEN", { fields: { slug: ["errors.SLUG_TAKEN"] } });
      }
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new AppError("EMAIL_TAKEN", { fields: { email: ["errors.EMAIL_TAKEN"] } });
      }
      await applyScope(tx, { audience: "system", tenantId, userId, tenantSlug: input.slug });
      const tenant = await tx.tenant.create({
        data: {
          id: tenantId,
          slug: input.slug,
          name: input.tenantName,
          defaultLocale: input.defaultLocale,
          currency: input.currency,
          timeZone: input.timeZone,
        },
      });
      await tx.user.create({
        data: { id: userId, email: input.email, name: input.adminName, passwordHash, locale: input.defaultLocale },
      });
      await tx.membership.create({
        data: { id: createId("membership"), tenantId, userId, role: "TENANT_ADMIN", status: "ACTIVE" },
      });
      const ctx = { audience: "system" as const, tenantId, requestId: meta.requestId, ip: meta.ip };
      await recordAudit(tx, { ...ctx, user: undefined }, {
        action: "tenant.created",
        entityType: "Tenant",
        entityId: tenantId,
        after: { slug: tenant.slug, name: tenant.name, admin: input.email },
      });
      return { tenantId, slug: tenant.slug, userId };
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) throw new AppError("SLUG_TAKEN", { fields: { slug: ["errors.SLUG_TAKEN"] } });
    if (isUniqueViolation(error, "email")) throw new AppError("EMAIL_TAKEN", { fields: { email: ["errors.EMAIL_TAKEN"] } });
    throw error;
  }
}

/** Public self-service sign-up: switchable by the operator and rate-limited per IP. */
export async function signUpTenant(meta: { requestId: string; ip: string | null }, input: SignUpInput) {
  if (!env().PUBLIC_SIGNUP_ENABLED) throw new AppError("SIGNUP_DISABLED");
  await consumeRateLimit("signupByIp", meta.ip ?? "unknown");
  return createTenantWithAdmin(input, meta);
}

export type SlugAvailability =
  | { slug: string; available: true }
  /** `invalid`: the address breaks a rule (message key in `message`); `taken`: it is in use. */
  | { slug: string; available: false; reason: "invalid" | "taken"; message: string };

/**
 * Whether a workspace address is free, for the sign-up form as one types. It tells no
 * more than sign-up itself does (taken or not — never whose), and each lookup counts
 * against a per-IP rate limit; a malformed address is answered without a lookup.
 */
export async function checkSlugAvailability(meta: { ip: string | null }, rawSlug: string): Promise<SlugAvailability> {
  if (!env().PUBLIC_SIGNUP_ENABLED) throw new AppError("SIGNUP_DISABLED");
  const parsed = slugSchema.safeParse(rawSlug);
  if (!parsed.success) {
    return { slug: rawSlug, available: false, reason: "invalid", message: parsed.error.issues[0]?.message ?? "validation.slugFormat" };
  }
  const slug = parsed.data;
  await consumeRateLimit("slugCheckByIp", meta.ip ?? "unknown");
  const existing = await withScope({ audience: "anonymous", tenantSlug: slug }, (tx) =>
    tx.tenant.findUnique({ where: { slug }, select: { id: true } }),
  );
  return existing ? { slug, available: false, reason: "taken", message: "errors.SLUG_TAKEN" } : { slug, available: true };
}

export type Workspace = {
  tenantSlug: string;
  tenantName: string;
  audience: "vendor" | "partner";
  /** role enum value, translated by the UI */
  role: string;
  partnerName: string | null;
  href: string;
};

/** Every back office and portal the user may enter (workspace chooser and switcher). */
export async function listWorkspaces(ctx: UserCtx | VendorCtx | { user: { id: string } }): Promise<Workspace[]> {
  const userId = ctx.user.id;
  return withScope({ audience: "anonymous", userId }, async (tx) => {
    const [memberships, partnerSeats] = await Promise.all([
      tx.membership.findMany({ where: { userId, status: "ACTIVE" }, include: { tenant: { select: { slug: true, name: true } } } }),
      tx.partnerUser.findMany({
        where: { userId, status: "ACTIVE", partner: { status: { not: "OFFBOARDED" } } },
        include: { tenant: { select: { slug: true, name: true } }, partner: { select: { name: true } } },
      }),
    ]);
    const vendor = memberships.map((m) => ({
      tenantSlug: m.tenant.slug,
      tenantName: m.tenant.name,
      audience: "vendor" as const,
      role: m.role,
      partnerName: null,
      href: `/${m.tenant.slug}/admin`,
    }));
    const partner = partnerSeats.map((p) => ({
      tenantSlug: p.tenant.slug,
      tenantName: p.tenant.name,
      audience: "partner" as const,
      role: p.role,
      partnerName: p.partner.name,
      href: `/${p.tenant.slug}/portal`,
    }));
    return [...vendor, ...partner].sort((a, b) => a.tenantName.localeCompare(b.tenantName));
  });
}

/** Tenant settings (name, language, currency, time zone) — tenant admins only. */
export async function updateTenantSettings(ctx: VendorCtx, input: TenantSettingsInput) {
  authorize(ctx, "tenant.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId } });
    const after = await tx.tenant.update({ where: { id: ctx.tenantId }, data: input });
    await recordAudit(tx, ctx, {
      action: "tenant.updated",
      entityType: "Tenant",
      entityId: ctx.tenantId,
      before: { name: before.name, defaultLocale: before.defaultLocale, currency: before.currency, timeZone: before.timeZone },
      after: input,
    });
    return after;
  });
}
