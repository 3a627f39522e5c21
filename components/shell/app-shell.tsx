import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { QueryHost } from "@/components/query-host";
import { Brand } from "./brand";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { TenantLogo } from "./shell-brand";
import { SkipLink } from "./skip-link";
import { TenantSwitcher } from "./tenant-switcher";
import type { ShellArea, ShellProps } from "./types";
import { UserMenu } from "./user-menu";
import { brandColors } from "@/lib/branding/colors";

/**
 * The signed-in frame: skip link, sidebar navigation from `lg` (1024px), a sticky top bar
 * with a drawer menu below it, workspace switcher, language switch, notifications slot and
 * user menu. Server component; the interactive parts are small client components, which
 * get the shell's messages here (pages add their own with `ClientMessages`) and a place for
 * TanStack Query's client (`QueryHost`: the bell's menu and the palette's search load it
 * on first use; the bell's badge polls without it).
 */
async function AppShell({
  area,
  tenant,
  user,
  roleLabel,
  nav,
  switcher,
  profileHref = "/profile",
  mailboxHref,
  search,
  notifications,
  banner,
  changeLocale,
  children,
}: ShellProps & { area: ShellArea }) {
  const t = await getTranslations("shell");
  const areaLabel = t(`areas.${area}`);
  const logo = tenant.brand?.logoPath ?? null;
  // The workspace's brand colour (tenant settings), as its e-mails show it too.
  const brand = tenant.brand ?? brandColors(null);

  return (
    <QueryHost>
      <ClientMessages namespaces={["shell", "ui", "notifications.bell", "search"]}>
        <div className="min-h-dvh bg-slate-50" data-shell={area}>
          <SkipLink label={t("skipToContent")} />

          <aside className="hidden border-r border-slate-200 bg-white lg:fixed lg:inset-y-0 lg:flex lg:w-64 lg:flex-col">
            <div className="flex h-16 shrink-0 items-center border-b border-slate-200 px-5">
              {logo ? <TenantLogo src={logo} name={tenant.name} className="h-10 max-w-52" /> : <Brand />}
            </div>
            <nav aria-label={t("mainNavigation")} className="flex-1 overflow-y-auto px-3 py-4">
              <NavLinks items={nav} />
            </nav>
            <div className="flex items-center gap-3 border-t border-slate-200 px-5 py-4">
              <span
                aria-hidden="true"
                className="flex size-8 shrink-0 items-center justify-center rounded-lg text-sm font-semibold"
                style={{ background: brand.background, color: brand.text }}
              >
                {tenant.name.trim().charAt(0).toUpperCase()}
              </span>
              <div className="min-w-0">
                <p className="truncate text-sm font-medium text-slate-900">{tenant.name}</p>
                <p className="truncate text-xs text-slate-600">
                  {areaLabel} · {roleLabel}
                </p>
              </div>
            </div>
          </aside>

          <div className="flex min-h-dvh flex-col lg:pl-64">
            <header
              className="sticky top-0 z-40 flex h-16 shrink-0 items-center gap-1 border-t-4 border-b border-b-slate-200 bg-white/95 px-3 backdrop-blur supports-[backdrop-filter]:bg-white/80 sm:gap-2 sm:px-6"
              style={{ borderTopColor: brand.background }}
              data-brand-color={brand.background}
            >
              <MobileNav
                tenantName={tenant.name}
                logoPath={logo}
                areaLabel={areaLabel}
                roleLabel={roleLabel}
                nav={nav}
                switcher={switcher}
              />
              <div className="flex min-w-0 flex-1 items-center gap-2">
                {logo && (
                  <TenantLogo
                    src={logo}
                    name={tenant.name}
                    decorative
                    className="hidden h-8 max-w-24 sm:block lg:hidden"
                  />
                )}
                <TenantSwitcher tenantName={tenant.name} areaLabel={areaLabel} items={switcher} />
              </div>
              <div data-slot="search" className="flex items-center empty:hidden">
                {search}
              </div>
              <div data-slot="notifications" className="flex items-center empty:hidden">
                {notifications}
              </div>
              <LanguageSwitch action={changeLocale} />
              <UserMenu
                name={user.name}
                email={user.email}
                roleLabel={roleLabel}
                profileHref={profileHref}
                mailboxHref={mailboxHref}
              />
            </header>

            <main id="main-content" tabIndex={-1} className="flex-1 px-4 py-6 sm:px-6 lg:px-8 lg:py-8">
              <div className="mx-auto w-full max-w-7xl">
                {banner}
                {children}
              </div>
            </main>
          </div>
        </div>
      </ClientMessages>
    </QueryHost>
  );
}

/** The vendor back office frame (`/[tenant]/admin/**`). */
export function AdminShell(props: ShellProps) {
  return <AppShell area="admin" {...props} />;
}

/** The partner portal frame (`/[tenant]/portal/**`). */
export function PortalShell(props: ShellProps) {
  return <AppShell area="portal" {...props} />;
}
