import type { ReactNode } from "react";
import type { ServerAction } from "@/lib/http/action-state";

/** Icon keys a nav item may use (kept as strings so server layouts can pass them to client parts). */
export type NavIcon =
  | "home"
  | "users"
  | "partners"
  | "audit"
  | "mail"
  | "profile"
  | "settings"
  | "orders"
  | "invoices"
  | "products"
  | "deals"
  | "leads"
  | "funds"
  | "incentives"
  | "territories"
  | "forecasts"
  | "warranties"
  | "inventory"
  | "integrations"
  | "marketing"
  | "workspaces"
  | "notifications"
  | "deliveries"
  | "programs"
  | "onboarding"
  | "tasks"
  | "activities"
  | "company"
  | "applications"
  | "accounts"
  | "conflicts"
  | "priceLists"
  | "configurations";

export type NavItem = { href: string; label: string; icon: NavIcon };

export type SwitcherItem = { href: string; label: string; current: boolean };

/** The workspace's logo and colour as the frame shows them (lib/branding). */
export type ShellBrand = { logoPath: string | null; background: string; text: string };

export type ShellProps = {
  /** The workspace; its brand (logo, colour) marks the frame as its e-mails do. */
  tenant: { slug: string; name: string; brand?: ShellBrand | undefined };
  user: { name: string; email: string };
  /** Already translated, e.g. "Channel manager". */
  roleLabel: string;
  /** Already filtered by permission and translated. */
  nav: NavItem[];
  /** Workspaces (tenants/portals) the user can switch to; the menu shows when one is not current. */
  switcher: SwitcherItem[];
  /** Where "Your profile" in the user menu goes. Default "/profile". */
  profileHref?: string;
  /** The development mailbox, when it is on and this user may read it (shown in the account menu). */
  mailboxHref?: string | undefined;
  /** Slot in the top bar for the search button / command palette (empty by default). */
  search?: ReactNode;
  /** Slot in the top bar for a notifications bell (empty by default). */
  notifications?: ReactNode;
  /** A notice above every page of the area, e.g. the banner of a preview as partner. */
  banner?: ReactNode;
  /** The language switch's action (app/actions/locale.ts). */
  changeLocale: ServerAction;
  children: ReactNode;
};

export type ShellArea = "admin" | "portal";
