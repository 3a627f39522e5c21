import { getTranslations } from "next-intl/server";
import { changeLocaleAction } from "@/app/actions/locale";
import { endPreviewAction } from "@/app/[tenant]/admin/partners/preview-actions";
import { PreviewBanner } from "@/components/partners/preview-banner";
import { SuspendedBanner } from "@/components/lifecycle/suspended-banner";
import { partnerMarkAllNotificationsReadAction, partnerMarkNotificationReadAction } from "@/app/actions/notifications";
import { workspaceSwitcher } from "@/components/backoffice/switcher";
import { ShellBell, unreadCount } from "@/components/notifications/shell-bell";
import { ShellSearch } from "@/components/search/shell-search";
import { PortalShell, type NavItem } from "@/components/shell";
import { contextShellBrand } from "@/components/shell/shell-brand";
import { can, type PartnerCtx } from "@/lib/auth/context";
import { ClientMessages } from "@/components/i18n/client-messages";
import { partnerLayout } from "@/lib/auth/wrappers";

/** The portal navigation: only sections this partner role may open. */
async function navFor(ctx: PartnerCtx): Promise<NavItem[]> {
  const [t, tn] = await Promise.all([getTranslations("portal.nav"), getTranslations("notifications.nav")]);
  const base = `/${ctx.tenant.slug}/portal`;
  const items: (NavItem | false)[] = [
    can(ctx, "ownPartner.read") && { href: base, label: t("home"), icon: "home" },
    can(ctx, "ownProgram.read") && { href: `${base}/program`, label: t("program"), icon: "programs" },
    can(ctx, "ownProgram.read") && { href: `${base}/onboarding`, label: t("onboarding"), icon: "onboarding" },
    can(ctx, "ownPartner.read") && { href: `${base}/company`, label: t("company"), icon: "company" },
    can(ctx, "ownDeals.read") && { href: `${base}/deals`, label: t("deals"), icon: "deals" },
    can(ctx, "ownLeads.read") && { href: `${base}/leads`, label: t("leads"), icon: "leads" },
    can(ctx, "ownOrders.read") && { href: `${base}/orders`, label: t("orders"), icon: "orders" },
    can(ctx, "ownInvoices.read") && { href: `${base}/invoices`, label: t("invoices"), icon: "invoices" },
    can(ctx, "ownWarranties.read") && { href: `${base}/warranties`, label: t("warranties"), icon: "warranties" },
    can(ctx, "ownCoop.read") && { href: `${base}/coop`, label: t("coop"), icon: "funds" },
    can(ctx, "ownForecasts.read") && { href: `${base}/forecast`, label: t("forecast"), icon: "forecasts" },
    can(ctx, "ownAccounts.read") && { href: `${base}/accounts`, label: t("accounts"), icon: "accounts" },
    can(ctx, "ownTerritories.read") && { href: `${base}/territories`, label: t("territories"), icon: "territories" },
    can(ctx, "partnerCatalog.read") && { href: `${base}/catalog`, label: t("catalog"), icon: "products" },
    can(ctx, "partnerPrices.read") && { href: `${base}/price-list`, label: t("priceList"), icon: "priceLists" },
    can(ctx, "ownConfigurations.read") && { href: `${base}/configurations`, label: t("configurations"), icon: "configurations" },
    can(ctx, "partnerTeam.read") && { href: `${base}/team`, label: t("team"), icon: "users" },
    can(ctx, "sharedActivities.read") && { href: `${base}/activities`, label: t("activities"), icon: "activities" },
    can(ctx, "sharedActivities.read") && { href: `${base}/tasks`, label: t("tasks"), icon: "tasks" },
    can(ctx, "notifications.read") && {
      href: `${base}/notifications`,
      label: tn("notifications"),
      icon: "notifications",
    },
    can(ctx, "account.manage") && { href: `${base}/profile`, label: t("profile"), icon: "profile" },
  ];
  return items.filter((item): item is NavItem => item !== false);
}

export default partnerLayout(async ({ ctx, children }) => {
  // Started before anything is awaited: it joins the page's reads in one transaction.
  const unread = can(ctx, "notifications.read") ? unreadCount(ctx) : null;
  const [nav, switcher, enums, preview] = await Promise.all([
    navFor(ctx),
    // A preview's person is a vendor user: their workspaces and profile are the back office's.
    can(ctx, "workspaces.read") ? workspaceSwitcher(ctx) : [],
    getTranslations("enums"),
    getTranslations("preview"),
  ]);
  const base = `/${ctx.tenant.slug}/portal`;
  return (
    <PortalShell
      tenant={{ slug: ctx.tenant.slug, name: ctx.tenant.name, brand: contextShellBrand(ctx.tenant) }}
      user={{ name: ctx.user.name, email: ctx.user.email }}
      roleLabel={
        ctx.preview
          ? `${preview("bannerLabel")} · ${enums(`vendorRole.${ctx.preview.vendorRole}`)}`
          : enums(`partnerRole.${ctx.role}`)
      }
      nav={nav}
      switcher={switcher}
      profileHref={ctx.preview ? `/${ctx.tenant.slug}/admin/profile` : `${base}/profile`}
      search={can(ctx, "search.use") ? <ShellSearch ctx={ctx} nav={nav} switcher={switcher} /> : undefined}
      notifications={
        unread ? (
          <ShellBell
            ctx={ctx}
            unread={unread}
            actions={{
              markRead: partnerMarkNotificationReadAction,
              markAllRead: partnerMarkAllNotificationsReadAction,
            }}
          />
        ) : undefined
      }
      changeLocale={changeLocaleAction}
      banner={
        ctx.preview ? (
          <ClientMessages namespaces={["preview"]}>
            <PreviewBanner tenant={ctx.tenant.slug} partnerName={ctx.partner.name} exit={endPreviewAction} />
          </ClientMessages>
        ) : ctx.partner.status === "SUSPENDED" ? (
          <SuspendedBanner vendor={ctx.tenant.name} />
        ) : undefined
      }
    >
      {/* For error.tsx, the client boundary around this area's pages. */}
      <ClientMessages namespaces={["portal.error"]}>{children}</ClientMessages>
    </PortalShell>
  );
});
