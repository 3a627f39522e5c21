import type { ReactNode } from "react";
import type { VendorCtx } from "@/lib/auth/context";
import type { VendorPermission } from "@/lib/auth/permissions";
import type { SearchParams } from "@/lib/auth/wrappers";
import type { PartnerDetail, PartnerProfile } from "@/lib/partners/types";

/**
 * Partner 360: the partner's page in the back office is a set of tabs, one per module
 * (profile, lifecycle, contacts, users, program and tier, territories and accounts, onboarding,
 * timeline, and later orders, deals, co-op, warranties). A module adds its tab in two steps:
 *
 *  1. its section as a server component in `components/partners/360/<name>-tab.tsx` (or
 *     its own module folder), taking `PartnerTabProps` plus the server actions it needs
 *     as props (components never import from app/);
 *  2. one entry in PARTNER_TABS (`app/[tenant]/admin/partners/[partnerId]/tabs.tsx`):
 *     its URL id, its label (namespace and key of its own catalog), the permission that
 *     shows it, its place, and `render` binding the actions.
 *
 * Tabs are addressed by URL (`?tab=contacts`), so a reload, a shared link or the audit
 * log can open one; an unknown or forbidden tab falls back to the first one.
 */
export type PartnerTabProps = {
  ctx: VendorCtx;
  /** the partner, already verified against the tenant */
  partner: PartnerProfile;
  /** what the page's header loaded already: channel manager, seats, portal users */
  detail: PartnerDetail;
  searchParams: SearchParams;
};

export type PartnerTab = {
  /** `?tab=<id>`: stable, lower-case */
  id: string;
  /** the tab's label: [namespace, key] of the module's own catalog */
  label: readonly [string, string];
  /** who sees the tab (the section's services check their own permissions too) */
  permission: VendorPermission;
  /** order on the page: lower first (profile 10, contacts 20, users 30, program 40, … timeline 900) */
  order: number;
  render: (props: PartnerTabProps) => Promise<ReactNode> | ReactNode;
};
