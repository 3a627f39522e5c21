/**
 * The permission table (lib/auth/permissions.ts) and the checks built on it.
 */
import { describe, expect, it } from "vitest";
import { authorize, can, scopeOf, systemCtx, type PartnerCtx, type UserCtx, type VendorCtx } from "@/lib/auth/context";
import { PARTNER_PERMISSIONS, VENDOR_PERMISSIONS, vendorCan } from "@/lib/auth/permissions";
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

  it("shares only what every seat holder does for themselves between vendor and partner roles", () => {
    const vendorPerms = new Set<string>(Object.values(VENDOR_PERMISSIONS).flat());
    const shared = [...new Set<string>(Object.values(PARTNER_PERMISSIONS).flat())].filter((p) => vendorPerms.has(p));
    expect(shared.sort()).toEqual(["notifications.read", "search.use"]);
    for (const perms of [...Object.values(VENDOR_PERMISSIONS), ...Object.values(PARTNER_PERMISSIONS)]) {
      expect(perms).toEqual(expect.arrayContaining(shared));
    }
  });

  it("authorize throws FORBIDDEN (403) exactly when can() is false, per audience", () => {
    expect(() => authorize(vendor("SALES_REP"), "partners.manage")).toThrowError(expect.objectContaining({ code: "FORBIDDEN", status: ERROR_STATUS.FORBIDDEN }));
    expect(() => authorize(vendor("CHANNEL_MANAGER"), "partners.manage")).not.toThrow();
    expect(can(partner, "portal.view")).toBe(true);
    expect(can(partner, "partners.read")).toBe(false);
    expect(can(vendor("TENANT_ADMIN"), "portal.view")).toBe(false);
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
