import { getTranslations } from "next-intl/server";
import { partnerMarkAllNotificationsReadAction, partnerMarkNotificationReadAction } from "@/app/actions/notifications";
import { workspaceSwitcher } from "@/components/backoffice/switcher";
import { NotificationBell } from "@/components/notifications/bell";
import { PortalShell, type NavItem } from "@/components/shell";
import { can, type PartnerCtx } from "@/lib/auth/context";
import { partnerLayout } from "@/lib/auth/wrappers";
import { logger } from "@/lib/log";
import { unreadNotificationCount } from "@/lib/notify/service";

/** The portal navigation: only sections this partner role may open. */
async function navFor(ctx: PartnerCtx): Promise<NavItem[]> {
  const [t, tn] = await Promise.all([getTranslations("portal.nav"), getTranslations("notifications.nav")]);
  const base = `/${ctx.tenant.slug}/portal`;
  const items: (NavItem | false)[] = [
    can(ctx, "portal.view") && { href: base, label: t("home"), icon: "home" },
    can(ctx, "partnerTeam.read") && { href: `${base}/team`, label: t("team"), icon: "users" },
    can(ctx, "portal.view") && { href: `${base}/notifications`, label: tn("notifications"), icon: "notifications" },
    { href: `${base}/profile`, label: t("profile"), icon: "profile" },
  ];
  return items.filter((item): item is NavItem => item !== false);
}

/** The bell's first badge; a failure here must not take the whole portal down. */
async function unreadCount(ctx: PartnerCtx): Promise<number> {
  try {
    return await unreadNotificationCount(ctx);
  } catch (error) {
    logger.error("unread notification count failed", { requestId: ctx.requestId, error });
    return 0;
  }
}

export default partnerLayout(async ({ ctx, children }) => {
  const [nav, switcher, enums, unread] = await Promise.all([
    navFor(ctx),
    workspaceSwitcher(ctx),
    getTranslations("enums"),
    unreadCount(ctx),
  ]);
  const base = `/${ctx.tenant.slug}/portal`;
  return (
    <PortalShell
      tenant={{ slug: ctx.tenant.slug, name: ctx.tenant.name }}
      user={{ name: ctx.user.name, email: ctx.user.email }}
      roleLabel={enums(`partnerRole.${ctx.role}`)}
      nav={nav}
      switcher={switcher}
      profileHref={`${base}/profile`}
      notifications={
        <NotificationBell
          tenant={ctx.tenant.slug}
          feedUrl={`${base}/notifications/feed`}
          centerHref={`${base}/notifications`}
          initialUnread={unread}
          actions={{ markRead: partnerMarkNotificationReadAction, markAllRead: partnerMarkAllNotificationsReadAction }}
        />
      }
    >
      {children}
    </PortalShell>
  );
});
