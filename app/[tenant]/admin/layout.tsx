import { getTranslations } from "next-intl/server";
import { changeLocaleAction } from "@/app/actions/locale";
import { vendorMarkAllNotificationsReadAction, vendorMarkNotificationReadAction } from "@/app/actions/notifications";
import { workspaceSwitcher } from "@/components/backoffice/switcher";
import { ShellBell, unreadCount } from "@/components/notifications/shell-bell";
import { ShellSearch } from "@/components/search/shell-search";
import { AdminShell, type NavItem } from "@/components/shell";
import { contextShellBrand } from "@/components/shell/shell-brand";
import { can, type VendorCtx } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { vendorLayout } from "@/lib/auth/wrappers";
import { ClientMessages } from "@/components/i18n/client-messages";
import { devMailboxEnabled } from "@/lib/env";

type Entry = NavItem & { allowed: boolean };

/** The back-office navigation: only sections that exist and this role may open. */
async function navFor(ctx: VendorCtx): Promise<NavItem[]> {
  const [t, tn] = await Promise.all([getTranslations("admin.nav"), getTranslations("notifications.nav")]);
  const base = `/${ctx.tenant.slug}/admin`;
  const allowed = (permission: Permission) => can(ctx, permission);
  const entries: Entry[] = [
    { href: base, label: t("dashboard"), icon: "home", allowed: allowed("dashboard.view") },
    { href: `${base}/partners`, label: t("partners"), icon: "partners", allowed: allowed("partners.read") },
    { href: `${base}/programs`, label: t("programs"), icon: "programs", allowed: allowed("programs.read") },
    { href: `${base}/tasks`, label: t("tasks"), icon: "tasks", allowed: allowed("activities.read") },
    {
      href: `${base}/applications`,
      label: t("applications"),
      icon: "applications",
      allowed: allowed("applications.read"),
    },
    { href: `${base}/deals`, label: t("deals"), icon: "deals", allowed: allowed("deals.read") },
    { href: `${base}/leads`, label: t("leads"), icon: "leads", allowed: allowed("leads.read") },
    { href: `${base}/orders`, label: t("orders"), icon: "orders", allowed: allowed("orders.read") },
    { href: `${base}/invoices`, label: t("invoices"), icon: "invoices", allowed: allowed("invoices.read") },
    { href: `${base}/warranties`, label: t("warranties"), icon: "warranties", allowed: allowed("warranties.read") },
    { href: `${base}/coop`, label: t("coop"), icon: "funds", allowed: allowed("coop.read") },
    { href: `${base}/forecasts`, label: t("forecasts"), icon: "forecasts", allowed: allowed("forecasts.read") },
    { href: `${base}/accounts`, label: t("accounts"), icon: "accounts", allowed: allowed("accounts.read") },
    { href: `${base}/territories`, label: t("territories"), icon: "territories", allowed: allowed("territories.read") },
    { href: `${base}/conflicts`, label: t("conflicts"), icon: "conflicts", allowed: allowed("conflicts.read") },
    { href: `${base}/catalog`, label: t("catalog"), icon: "products", allowed: allowed("catalog.read") },
    { href: `${base}/price-lists`, label: t("priceLists"), icon: "priceLists", allowed: allowed("pricing.read") },
    { href: `${base}/users`, label: t("users"), icon: "users", allowed: allowed("users.read") },
    { href: `${base}/audit`, label: t("audit"), icon: "audit", allowed: allowed("audit.read") },
    { href: `${base}/deliveries`, label: tn("deliveries"), icon: "deliveries", allowed: allowed("deliveries.read") },
    { href: `${base}/settings`, label: t("settings"), icon: "settings", allowed: allowed("tenant.manage") },
    {
      href: `${base}/notifications`,
      label: tn("notifications"),
      icon: "notifications",
      allowed: allowed("notifications.read"),
    },
    { href: `${base}/profile`, label: t("profile"), icon: "profile", allowed: allowed("account.manage") },
  ];
  return entries.filter((entry) => entry.allowed).map(({ href, label, icon }) => ({ href, label, icon }));
}

export default vendorLayout(async ({ ctx, children }) => {
  // Started before anything is awaited: it joins the page's reads in one transaction.
  const unread = can(ctx, "notifications.read") ? unreadCount(ctx) : null;
  const [nav, switcher, enums] = await Promise.all([navFor(ctx), workspaceSwitcher(ctx), getTranslations("enums")]);
  const base = `/${ctx.tenant.slug}/admin`;
  return (
    <AdminShell
      tenant={{ slug: ctx.tenant.slug, name: ctx.tenant.name, brand: contextShellBrand(ctx.tenant) }}
      user={{ name: ctx.user.name, email: ctx.user.email }}
      roleLabel={enums(`vendorRole.${ctx.role}`)}
      nav={nav}
      switcher={switcher}
      profileHref={`${base}/profile`}
      // A development tool, not part of the product: in the account menu, with a way back here.
      mailboxHref={
        can(ctx, "mailbox.read") && devMailboxEnabled() ? `/dev/mailbox?back=${encodeURIComponent(base)}` : undefined
      }
      search={can(ctx, "search.use") ? <ShellSearch ctx={ctx} nav={nav} switcher={switcher} /> : undefined}
      notifications={
        unread ? (
          <ShellBell
            ctx={ctx}
            unread={unread}
            actions={{ markRead: vendorMarkNotificationReadAction, markAllRead: vendorMarkAllNotificationsReadAction }}
          />
        ) : undefined
      }
      changeLocale={changeLocaleAction}
    >
      {/* For error.tsx, the client boundary around this area's pages. */}
      <ClientMessages namespaces={["admin.error"]}>{children}</ClientMessages>
    </AdminShell>
  );
});
