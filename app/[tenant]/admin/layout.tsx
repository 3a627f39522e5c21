import { getTranslations } from "next-intl/server";
import { vendorMarkAllNotificationsReadAction, vendorMarkNotificationReadAction } from "@/app/actions/notifications";
import { workspaceSwitcher } from "@/components/backoffice/switcher";
import { NotificationBell } from "@/components/notifications/bell";
import { AdminShell, type NavItem } from "@/components/shell";
import { can, type VendorCtx } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { vendorLayout } from "@/lib/auth/wrappers";
import { devMailboxEnabled } from "@/lib/env";
import { logger } from "@/lib/log";
import { unreadNotificationCount } from "@/lib/notify/service";

type Entry = NavItem & { allowed: boolean };

/** The back-office navigation: only sections that exist and this role may open. */
async function navFor(ctx: VendorCtx): Promise<NavItem[]> {
  const [t, tn] = await Promise.all([getTranslations("admin.nav"), getTranslations("notifications.nav")]);
  const base = `/${ctx.tenant.slug}/admin`;
  const allowed = (permission: Permission) => can(ctx, permission);
  const entries: Entry[] = [
    { href: base, label: t("dashboard"), icon: "home", allowed: allowed("dashboard.view") },
    { href: `${base}/partners`, label: t("partners"), icon: "partners", allowed: allowed("partners.read") },
    { href: `${base}/users`, label: t("users"), icon: "users", allowed: allowed("users.read") },
    { href: `${base}/audit`, label: t("audit"), icon: "audit", allowed: allowed("audit.read") },
    { href: `${base}/deliveries`, label: tn("deliveries"), icon: "deliveries", allowed: allowed("deliveries.read") },
    { href: `${base}/settings`, label: t("settings"), icon: "settings", allowed: allowed("tenant.manage") },
    {
      href: "/dev/mailbox",
      label: t("mailbox"),
      icon: "mail",
      allowed: allowed("mailbox.read") && devMailboxEnabled(),
    },
    { href: `${base}/notifications`, label: tn("notifications"), icon: "notifications", allowed: true },
    { href: `${base}/profile`, label: t("profile"), icon: "profile", allowed: true },
  ];
  return entries.filter((entry) => entry.allowed).map(({ href, label, icon }) => ({ href, label, icon }));
}

/** The bell's first badge; a failure here must not take the whole back office down. */
async function unreadCount(ctx: VendorCtx): Promise<number> {
  try {
    return await unreadNotificationCount(ctx);
  } catch (error) {
    logger.error("unread notification count failed", { requestId: ctx.requestId, error });
    return 0;
  }
}

export default vendorLayout(async ({ ctx, children }) => {
  const [nav, switcher, enums, unread] = await Promise.all([
    navFor(ctx),
    workspaceSwitcher(ctx),
    getTranslations("enums"),
    unreadCount(ctx),
  ]);
  const base = `/${ctx.tenant.slug}/admin`;
  return (
    <AdminShell
      tenant={{ slug: ctx.tenant.slug, name: ctx.tenant.name }}
      user={{ name: ctx.user.name, email: ctx.user.email }}
      roleLabel={enums(`vendorRole.${ctx.role}`)}
      nav={nav}
      switcher={switcher}
      profileHref={`${base}/profile`}
      notifications={
        <NotificationBell
          tenant={ctx.tenant.slug}
          feedUrl={`${base}/notifications/feed`}
          centerHref={`${base}/notifications`}
          initialUnread={unread}
          actions={{ markRead: vendorMarkNotificationReadAction, markAllRead: vendorMarkAllNotificationsReadAction }}
        />
      }
    >
      {children}
    </AdminShell>
  );
});
