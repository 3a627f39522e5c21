import "server-only";
import { authorize, scopeOf, type TenantCtx, type TenantInfo, type UserCtx, type VendorCtx } from "@/lib/auth/context";
import { hashPassword, passwordProblems } from "@/lib/auth/password";
import { loadSeats, seatsLoadedWith } from "@/lib/auth/seats";
import { recordAudit } from "@/lib/audit/service";
import { withReadScope } from "@/lib/db/read";
import { applyScope, withScope, type Tx } from "@/lib/db/scope";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { createDefaultStages } from "@/lib/deals/defaults";
import { normalizeEmail, type PartnerTeamRulesInput, type SignUpInput, type TenantSettingsInput } from "./schema";

type TenantFields = Omit<SignUpInput, "password">;

/**
 * Opens a tenant with its first admin (an ACTIVE, accepted TENANT_ADMIN seat) in one
 * transaction; the password arrives hashed (hashing is slow: callers do it before any
 * transaction opens). `adoptUnclaimedLogin`: an address proven by a verification link
 * may take over a login that an invitation created and nobody claimed (no password);
 * otherwise any existing login is EMAIL_TAKEN. `before` runs first in the same
 * transaction (consuming a verification token), so nothing is written if it fails.
 */
export async function openTenant(
  input: TenantFields & { passwordHash: string },
  meta: { requestId: string; ip: string | null },
  options: { adoptUnclaimedLogin?: boolean; before?: (tx: Tx) => Promise<void> } = {},
) {
  const email = normalizeEmail(input.email);
  const slug = input.slug.trim().toLowerCase();
  const tenantId = createId("tenant");
  try {
    return await withScope({ audience: "system", tenantSlug: slug, userEmail: email }, async (tx) => {
      await options.before?.(tx);
      if (await tx.tenant.findUnique({ where: { slug }, select: { id: true } })) {
        throw new AppError("SLUG_TAKEN", { fields: { slug: ["errors.SLUG_TAKEN"] } });
      }
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
      if (existing && (existing.passwordHash || !options.adoptUnclaimedLogin)) {
        throw new AppError("EMAIL_TAKEN", { fields: { email: ["errors.EMAIL_TAKEN"] } });
      }
      const userId = existing?.id ?? createId("user");
      await applyScope(tx, { audience: "system", tenantId, userId, tenantSlug: slug, userEmail: email });
      const now = new Date();
      const tenant = await tx.tenant.create({
        data: {
          id: tenantId,
          slug,
          name: input.tenantName,
          defaultLocale: input.defaultLocale,
          currency: input.currency,
          timeZone: input.timeZone,
        },
      });
      const login = {
        name: input.adminName,
        passwordHash: input.passwordHash,
        locale: input.defaultLocale,
        emailVerifiedAt: now,
      };
      if (existing) {
        // Conditional: a concurrent claim of the same login (reset, invitation) wins over this one.
        const claimed = await tx.user.updateMany({ where: { id: userId, passwordHash: null }, data: login });
        if (claimed.count !== 1) throw new AppError("EMAIL_TAKEN", { fields: { email: ["errors.EMAIL_TAKEN"] } });
      } else {
        await tx.user.create({ data: { id: userId, email, ...login } });
      }
      await tx.membership.create({
        data: { id: createId("membership"), tenantId, userId, role: "TENANT_ADMIN", status: "ACTIVE", acceptedAt: now },
      });
      await createDefaultStages(tx, tenantId, input.defaultLocale);
      const ctx = { audience: "system" as const, tenantId, requestId: meta.requestId, ip: meta.ip };
      await recordAudit(
        tx,
        { ...ctx, user: undefined },
        {
          action: "tenant.created",
          entityType: "Tenant",
          entityId: tenantId,
          after: { slug: tenant.slug, name: tenant.name, admin: email },
        },
      );
      return { tenantId, slug: tenant.slug, userId };
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) throw new AppError("SLUG_TAKEN", { fields: { slug: ["errors.SLUG_TAKEN"] } });
    if (isUniqueViolation(error, "email"))
      throw new AppError("EMAIL_TAKEN", { fields: { email: ["errors.EMAIL_TAKEN"] } });
    throw error;
  }
}

/**
 * Creates a tenant with its first admin directly, the address taken as proven. For
 * Canal's own callers only (the demo seed, test factories); the public sign-up goes
 * through a verification e-mail first (lib/tenancy/signup.ts).
 */
export async function createTenantWithAdmin(rawInput: SignUpInput, meta: { requestId: string; ip: string | null }) {
  const input = { ...rawInput, email: normalizeEmail(rawInput.email) };
  const problems = passwordProblems(input.password, [input.email, input.adminName, input.tenantName]);
  if (problems.length) throw new AppError("VALIDATION_FAILED", { fields: { password: problems } });
  const { password, ...fields } = input;
  return openTenant({ ...fields, passwordHash: await hashPassword(password) }, meta);
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

/**
 * Every back office and portal the user may enter (workspace chooser and switcher). In a
 * request, the seats came with the session check (lib/auth/session.ts): no query here.
 */
export async function listWorkspaces(ctx: UserCtx | TenantCtx): Promise<Workspace[]> {
  authorize(ctx, "workspaces.read");
  const userId = ctx.user.id;
  const seats = seatsLoadedWith(ctx.user) ?? (await loadSeats(userId));
  const vendor = seats.vendor
    .filter((seat) => seat.status === "ACTIVE")
    .map((seat) => ({
      tenantSlug: seat.tenant.slug,
      tenantName: seat.tenant.name,
      audience: "vendor" as const,
      role: seat.role,
      partnerName: null,
      href: `/${seat.tenant.slug}/admin`,
    }));
  const partner = seats.partner
    .filter((seat) => seat.status === "ACTIVE" && seat.partner.status !== "OFFBOARDED")
    .map((seat) => ({
      tenantSlug: seat.tenant.slug,
      tenantName: seat.tenant.name,
      audience: "partner" as const,
      role: seat.role,
      partnerName: seat.partner.name,
      href: `/${seat.tenant.slug}/portal`,
    }));
  return [...vendor, ...partner].sort((a, b) => a.tenantName.localeCompare(b.tenantName));
}

/** Tenant settings (name, language, currency, time zone) — tenant admins only. */
export async function updateTenantSettings(
  ctx: VendorCtx,
  input: TenantSettingsInput,
): Promise<Pick<TenantInfo, "name" | "defaultLocale" | "currency" | "timeZone">> {
  authorize(ctx, "tenant.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId } });
    const after = await tx.tenant.update({
      where: { id: ctx.tenantId },
      data: input,
      select: { name: true, defaultLocale: true, currency: true, timeZone: true },
    });
    await recordAudit(tx, ctx, {
      action: "tenant.updated",
      entityType: "Tenant",
      entityId: ctx.tenantId,
      before: {
        name: before.name,
        defaultLocale: before.defaultLocale,
        currency: before.currency,
        timeZone: before.timeZone,
      },
      after: input,
    });
    return after;
  });
}

/** What the settings page shows beyond the workspace's basics (which every request loads). */
export type WorkspaceRules = { partnerTeamSelfService: boolean };

export async function getWorkspaceRules(ctx: VendorCtx): Promise<WorkspaceRules> {
  authorize(ctx, "tenant.manage");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { partnerTeamSelfService: true } }),
  );
}

/**
 * Whether partner admins invite, re-send, deactivate and reactivate their own team in the
 * portal. Off, only the vendor manages portal seats; nobody loses access either way.
 */
export async function updatePartnerTeamRules(ctx: VendorCtx, input: PartnerTeamRulesInput): Promise<WorkspaceRules> {
  authorize(ctx, "tenant.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.tenant.findUniqueOrThrow({
      where: { id: ctx.tenantId },
      select: { partnerTeamSelfService: true },
    });
    const after = await tx.tenant.update({
      where: { id: ctx.tenantId },
      data: { partnerTeamSelfService: input.partnerTeamSelfService },
      select: { partnerTeamSelfService: true },
    });
    if (before.partnerTeamSelfService !== input.partnerTeamSelfService) {
      await recordAudit(tx, ctx, {
        action: "tenant.partnerRulesUpdated",
        entityType: "Tenant",
        entityId: ctx.tenantId,
        before: { partnerTeamSelfService: before.partnerTeamSelfService },
        after: { partnerTeamSelfService: input.partnerTeamSelfService },
      });
    }
    return after;
  });
}
