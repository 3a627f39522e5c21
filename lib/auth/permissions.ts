import type { PartnerRole, VendorRole } from "@/lib/generated/prisma/enums";

/**
 * Who may do what: one table, checked by `authorize()` in services and declared by every
 * audience wrapper (`vendorPage("partners.read", …)`). Adding an action means adding it
 * here and to the roles that get it; `npm run endpoints` then shows, in docs/endpoints.json,
 * which roles reach each page, route and action, and the isolation tests compute their
 * wrong-role cases from this table.
 *
 * A permission names one capability, never "has a seat here": the back-office dashboard
 * is `dashboard.view`, the bell is `notifications.read`, the profile is `account.manage`.
 */

/**
 * What every seat holder does for themselves, on either side: their login, workspaces and
 * alerts, and search (`search.use` opens the palette's route; each result group still
 * needs its own read permission, see lib/search/registry.ts).
 */
const SELF_SERVICE = ["account.manage", "workspaces.read", "notifications.read", "notifications.configure", "search.use"] as const;

export const VENDOR_PERMISSIONS = {
  TENANT_ADMIN: [
    ...SELF_SERVICE,
    "dashboard.view",
    "users.read",
    "users.manage",
    "partners.read",
    "partners.manage",
    "partnerUsers.manage",
    "partners.preview",
    "applications.read",
    "applications.decide",
    "audit.read",
    "mailbox.read",
    "tenant.manage",
    "deliveries.read",
    "deliveries.retry",
    "activities.read",
    "activities.manage",
    "territories.read",
    "territories.manage",
    "accounts.read",
    "accounts.manage",
    "accounts.import",
    "conflicts.read",
    "conflicts.resolve",
    "files.read",
    "files.upload",
    "deals.read",
    "deals.manage",
    "deals.review",
    "deals.configure",
    "leads.read",
    "leads.manage",
    "leads.configure",
    "programs.read",
    "programs.manage",
    "partnerPrograms.manage",
    "metrics.record",
    "catalog.read",
    "catalog.manage",
    "pricing.read",
    "pricing.manage",
    "pricing.override",
    "orders.read",
    "orders.approve",
    "orders.hold",
    "orders.fulfil",
    "orders.cancel",
    "orders.configure",
    "orders.credit",
    "inventory.read",
    "inventory.manage",
    "invoices.read",
    "invoices.manage",
    "forecasts.read",
    "forecasts.manage",
    "forecasts.commit",
    "warranties.read",
    "warranties.manage",
    "warranties.configure",
  ],
  CHANNEL_MANAGER: [
    ...SELF_SERVICE,
    "dashboard.view",
    "users.read",
    "partners.read",
    "partners.manage",
    "partnerUsers.manage",
    "partners.preview",
    "applications.read",
    "applications.decide",
    "audit.read",
    "activities.read",
    "activities.manage",
    "files.read",
    "files.upload",
    "programs.read",
    "partnerPrograms.manage",
    "metrics.record",
    "territories.read",
    "territories.manage",
    "accounts.read",
    "accounts.manage",
    "accounts.import",
    "conflicts.read",
    "conflicts.resolve",
    "deals.read",
    "deals.manage",
    "deals.review",
    "leads.read",
    "leads.manage",
    "leads.configure",
    "catalog.read",
    "catalog.manage",
    "pricing.read",
    "pricing.manage",
    "orders.read",
    "orders.approve",
    "orders.hold",
    "orders.fulfil",
    "orders.cancel",
    "inventory.read",
    "inventory.manage",
    "invoices.read",
    "forecasts.read",
    "forecasts.manage",
    "forecasts.commit",
    "warranties.read",
    "warranties.manage",
    "warranties.configure",
  ],
  SALES_REP: [
    ...SELF_SERVICE,
    "dashboard.view",
    "partners.read",
    "files.read",
    "programs.read",
    "activities.read",
    "activities.manage",
    "territories.read",
    "accounts.read",
    "accounts.manage",
    "conflicts.read",
    "deals.read",
    "deals.manage",
    "leads.read",
    "leads.manage",
    "catalog.read",
    "pricing.read",
    "orders.read",
    "inventory.read",
    "invoices.read",
    "forecasts.read",
    "forecasts.commit",
    "warranties.read",
  ],
  FINANCE: [
    ...SELF_SERVICE,
    "dashboard.view",
    "partners.read",
    "audit.read",
    "files.read",
    "activities.read",
    "programs.read",
    "metrics.record",
    "accounts.read",
    "deals.read",
    "leads.read",
    "catalog.read",
    "pricing.read",
    "orders.read",
    "orders.hold",
    "orders.credit",
    "inventory.read",
    "invoices.read",
    "invoices.manage",
    "forecasts.read",
    "warranties.read",
  ],
} as const satisfies Record<VendorRole, readonly string[]>;

export const PARTNER_PERMISSIONS = {
  PARTNER_ADMIN: [
    ...SELF_SERVICE,
    "ownPartner.read",
    "ownPartner.manage",
    "partnerTeam.read",
    "partnerTeam.manage",
    "partnerFiles.read",
    "partnerFiles.upload",
    "ownProgram.read",
    "onboarding.complete",
    "sharedActivities.read",
    "sharedActivities.log",
    "ownAccounts.read",
    "ownAccounts.manage",
    "ownAccounts.import",
    "ownTerritories.read",
    "ownDeals.read",
    "ownDeals.manage",
    "ownLeads.read",
    "ownLeads.manage",
    "partnerCatalog.read",
    "partnerPrices.read",
    "ownConfigurations.read",
    "ownConfigurations.manage",
    "ownOrders.read",
    "ownOrders.manage",
    "ownInvoices.read",
    "ownForecasts.read",
    "ownForecasts.submit",
    "ownWarranties.read",
    "ownWarranties.manage",
  ],
  PARTNER_USER: [
    ...SELF_SERVICE,
    "ownPartner.read",
    "partnerFiles.read",
    "ownProgram.read",
    "sharedActivities.read",
    "sharedActivities.log",
    "ownAccounts.read",
    "ownAccounts.manage",
    "ownTerritories.read",
    "ownDeals.read",
    "ownDeals.manage",
    "ownLeads.read",
    "partnerCatalog.read",
    "partnerPrices.read",
    "ownConfigurations.read",
    "ownConfigurations.manage",
    "ownOrders.read",
    "ownOrders.manage",
    "ownInvoices.read",
    "ownForecasts.read",
    "ownWarranties.read",
    "ownWarranties.manage",
  ],
} as const satisfies Record<PartnerRole, readonly string[]>;

/**
 * A signed-in person outside any workspace (workspace chooser, account forms) has no role:
 * they manage their own login, list their workspaces and answer invitations addressed to them.
 */
export const USER_PERMISSIONS = ["account.manage", "workspaces.read", "invitations.respond"] as const;

export type VendorPermission = (typeof VENDOR_PERMISSIONS)[VendorRole][number];
export type PartnerPermission = (typeof PARTNER_PERMISSIONS)[PartnerRole][number];
export type UserPermission = (typeof USER_PERMISSIONS)[number];
export type Permission = VendorPermission | PartnerPermission | UserPermission;

/**
 * What a vendor user previewing a partner's portal (`partners.preview`) may use there: the
 * partner's own pages, read only. Everything personal (profile, bell, preferences) is the
 * previewing person's own and stays out, and no write permission is ever in this list —
 * `can()` answers from it alone while a context is a preview, so every service refuses
 * every change (lib/auth/preview.ts).
 */
export const PREVIEW_PERMISSIONS = [
  "ownPartner.read",
  "partnerTeam.read",
  "ownProgram.read",
  "sharedActivities.read",
  "ownAccounts.read",
  "ownTerritories.read",
  "ownDeals.read",
  "ownLeads.read",
  "partnerCatalog.read",
  "partnerPrices.read",
  "ownConfigurations.read",
  "ownOrders.read",
  "ownInvoices.read",
  "ownForecasts.read",
  "ownWarranties.read",
] as const satisfies readonly PartnerPermission[];

/**
 * What a SUSPENDED partner's users keep: reading their portal (every `….read` permission —
 * name a portal permission that changes anything otherwise) and their own login, alerts
 * and search. Everything else is refused with PARTNER_SUSPENDED until a channel manager
 * reinstates the partner (lib/partners/lifecycle.ts).
 */
export function suspendedPartnerMay(permission: Permission): boolean {
  return permission.endsWith(".read") || (SELF_SERVICE as readonly string[]).includes(permission);
}

/** The partner role a preview shows the portal as: the one that sees the most of it. */
export const PREVIEW_ROLE: PartnerRole = "PARTNER_ADMIN";

/** The permissions both sides hold: each user's own account, alerts and search. */
export const SELF_SERVICE_PERMISSIONS: readonly Permission[] = SELF_SERVICE;

export const VENDOR_ROLE_LIST = Object.keys(VENDOR_PERMISSIONS) as VendorRole[];
export const PARTNER_ROLE_LIST = Object.keys(PARTNER_PERMISSIONS) as PartnerRole[];

export function vendorCan(role: VendorRole, permission: Permission): boolean {
  return (VENDOR_PERMISSIONS[role] as readonly string[]).includes(permission);
}

export function partnerCan(role: PartnerRole, permission: Permission): boolean {
  return (PARTNER_PERMISSIONS[role] as readonly string[]).includes(permission);
}

export function userCan(permission: Permission): boolean {
  return (USER_PERMISSIONS as readonly string[]).includes(permission);
}

/** Every role (of both sides) that holds `permission`: recipients, snapshots and test matrices. */
export function rolesWithPermission(permission: Permission): { vendor: VendorRole[]; partner: PartnerRole[] } {
  return {
    vendor: VENDOR_ROLE_LIST.filter((role) => vendorCan(role, permission)),
    partner: PARTNER_ROLE_LIST.filter((role) => partnerCan(role, permission)),
  };
}
