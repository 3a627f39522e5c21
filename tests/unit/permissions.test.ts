/**
 * The permission table (lib/auth/permissions.ts) and the checks built on it.
 */
import { describe, expect, it } from "vitest";
import { authorize, can, scopeOf, systemCtx, type PartnerCtx, type UserCtx, type VendorCtx } from "@/lib/auth/context";
import {
  PARTNER_PERMISSIONS,
  SELF_SERVICE_PERMISSIONS,
  USER_PERMISSIONS,
  VENDOR_PERMISSIONS,
  rolesWithPermission,
  vendorCan,
} from "@/lib/auth/permissions";
import { ERROR_STATUS } from "@/lib/errors";

const tenant = { id: "ten_1", slug: "acme", name: "Acme", defaultLocale: "en", currency: "USD", timeZone: "UTC" };
const user = { id: "usr_1", email: "a@example.test", name: "A", locale: "en", phone: null };
const vendor = (role: VendorCtx["role"]): VendorCtx => ({ audience: "vendor", user, tenant, tenantId: tenant.id, role, requestId: "r", ip: null });
const partner: PartnerCtx = {
  audience: "partner",
  user,
  tenant,
  tenantId: tenant.id,
  role: "PARTNER_ADMIN",
  partnerId: "ptn_1",
  partner: { id: "ptn_1", name: "P", type: "VAR", status: "ACTIVE" },
  requestId: "r",
  ip: null,
};

describe("permissions", () => {
  it("gives TENANT_ADMIN every vendor permission", () => {
    const all = new Set(Object.values(VENDOR_PERMISSIONS).flat());
    expect(new Set(VENDOR_PERMISSIONS.TENANT_ADMIN)).toEqual(all);
  });

  it("keeps manage actions away from SALES_REP and FINANCE", () => {
    for (const role of ["SALES_REP", "FINANCE"] as const) {
      for (const permission of ["users.manage", "partners.manage", "partnerUsers.manage", "tenant.manage", "users.read"] as const) {
        expect(vendorCan(role, permission), `${role} ${permission}`).toBe(false);
      }
    }
    expect(vendorCan("SALES_REP", "audit.read")).toBe(false);
    expect(vendorCan("FINANCE", "audit.read")).toBe(true);
  });

  it("shares only the self-service permissions between vendor and partner roles", () => {
    const vendorPerms = new Set<string>(Object.values(VENDOR_PERMISSIONS).flat());
    const shared = [...new Set<string>(Object.values(PARTNER_PERMISSIONS).flat())].filter((p) => vendorPerms.has(p));
    expect(shared.sort()).toEqual([...SELF_SERVICE_PERMISSIONS].sort());
  });

  it("gives every seat its own account, workspaces and notifications", () => {
    for (const permission of SELF_SERVICE_PERMISSIONS) {
      expect(rolesWithPermission(permission)).toEqual({
        vendor: Object.keys(VENDOR_PERMISSIONS),
        partner: Object.keys(PARTNER_PERMISSIONS),
      });
    }
  });

  it("lists exactly the roles that hold a permission", () => {
    expect(rolesWithPermission("partners.manage")).toEqual({ vendor: ["TENANT_ADMIN", "CHANNEL_MANAGER"], partner: [] });
    expect(rolesWithPermission("partnerTeam.read")).toEqual({ vendor: [], partner: ["PARTNER_ADMIN"] });
    expect(rolesWithPermission("audit.read").vendor).toEqual(["TENANT_ADMIN", "CHANNEL_MANAGER", "FINANCE"]);
  });

  it("a signed-in person outside a workspace may only manage their account, list workspaces and answer invitations", () => {
    const userCtx: UserCtx = { audience: "user", user, requestId: "r", ip: null };
    expect([...USER_PERMISSIONS].sort()).toEqual(["account.manage", "invitations.respond", "workspaces.read"]);
    expect(can(userCtx, "account.manage")).toBe(true);
    expect(can(userCtx, "workspaces.read")).toBe(true);
    expect(can(userCtx, "notifications.read")).toBe(false);
    expect(can(userCtx, "search.use")).toBe(false);
    expect(can(userCtx, "dashboard.view")).toBe(false);
  });

  it("authorize throws FORBIDDEN (403) exactly when can() is false, per audience", () => {
    expect(() => authorize(vendor("SALES_REP"), "partners.manage")).toThrowError(expect.objectContaining({ code: "FORBIDDEN", status: ERROR_STATUS.FORBIDDEN }));
    expect(() => authorize(vendor("CHANNEL_MANAGER"), "partners.manage")).not.toThrow();
    expect(can(partner, "ownPartner.read")).toBe(true);
    expect(can(partner, "partners.read")).toBe(false);
    expect(can(vendor("TENANT_ADMIN"), "ownPartner.read")).toBe(false);
    const userCtx: UserCtx = { audience: "user", user, requestId: "r", ip: null };
    expect(can(userCtx, "dashboard.view")).toBe(false);
    expect(can(systemCtx("ten_1"), "tenant.manage")).toBe(true);
  });
});

describe("scopeOf", () => {
  it("maps each context to the row-level-security settings it must run with", () => {
    expect(scopeOf(vendor("FINANCE"))).toEqual({ audience: "vendor", tenantId: "ten_1", userId: "usr_1" });
    expect(scopeOf(partner)).toEqual({ audience: "partner", tenantId: "ten_1", userId: "usr_1", partnerId: "ptn_1" });
    expect(scopeOf(systemCtx("ten_9"))).toEqual({ audience: "system", tenantId: "ten_9" });
    expect(scopeOf({ audience: "user", user, requestId: "r", ip: null })).toEqual({ audience: "anonymous", userId: "usr_1" });
  });
});
