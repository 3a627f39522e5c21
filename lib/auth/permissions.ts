import type { PartnerRole, VendorRole } from "@/lib/generated/prisma/enums";

/**
 * Who may do what: one table, checked by `authorize()` in services and declared by the
 * audience wrappers. Adding an action means adding it here and to the roles that get it.
 */
export const VENDOR_PERMISSIONS = {
  TENANT_ADMIN: [
    "dashboard.view",
    "users.read",
    "users.manage",
    "partners.read",
    "partners.manage",
    "partnerUsers.manage",
    "audit.read",
    "mailbox.read",
    "tenant.manage",
    "deliveries.read",
    "deliveries.retry",
    "notifications.read",
    "search.use",
  ],
  CHANNEL_MANAGER: ["dashboard.view", "users.read", "partners.read", "partners.manage", "partnerUsers.manage", "audit.read", "notifications.read", "search.use"],
  SALES_REP: ["dashboard.view", "partners.read", "notifications.read", "search.use"],
  FINANCE: ["dashboard.view", "partners.read", "audit.read", "notifications.read", "search.use"],
} as const satisfies Record<VendorRole, readonly string[]>;

export const PARTNER_PERMISSIONS = {
  PARTNER_ADMIN: ["portal.view", "partnerTeam.read", "notifications.read", "search.use"],
  PARTNER_USER: ["portal.view", "notifications.read", "search.use"],
} as const satisfies Record<PartnerRole, readonly string[]>;

export type VendorPermission = (typeof VENDOR_PERMISSIONS)[VendorRole][number];
export type PartnerPermission = (typeof PARTNER_PERMISSIONS)[PartnerRole][number];
export type Permission = VendorPermission | PartnerPermission;

export function vendorCan(role: VendorRole, permission: Permission): boolean {
  return (VENDOR_PERMISSIONS[role] as readonly string[]).includes(permission);
}

export function partnerCan(role: PartnerRole, permission: Permission): boolean {
  return (PARTNER_PERMISSIONS[role] as readonly string[]).includes(permission);
}
