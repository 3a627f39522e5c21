import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CircleCheck, Handshake, Inbox, Plus, Rocket, ScrollText, Settings, UserPlus, Users, UsersRound } from "lucide-react";
import { ActivityList } from "@/components/audit/activity-list";
import { BarChart } from "@/components/charts/bar-chart";
import { QuickLinks, type QuickLink } from "@/components/dashboard/quick-links";
import { StatCard } from "@/components/dashboard/stat-card";
import { partnerStatusTone } from "@/components/partners/partner-badges";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { countPendingApplications } from "@/lib/applications/service";
import { listRecentActivity } from "@/lib/audit/service";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { PARTNER_STATUSES } from "@/lib/partners/schema";
import { DismissChecklist } from "@/components/setup/dismiss-checklist";
import { SetupChecklist } from "@/components/setup/setup-checklist";
import { partnerCountsByStatus, portalSeatTotals } from "@/lib/partners/service";
import { getSetupChecklist } from "@/lib/tenancy/setup";
import { memberCounts } from "@/lib/users/list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { dismissSetupAction } from "./actions";

const RECENT_ACTIVITY = 8;

export const generateMetadata = vendorMetadata("dashboard.view", async () => {
  const t = await getTranslations("admin.dashboard");
  return { title: t("title") };
});

export default vendorPage("dashboard.view", async ({ ctx }) => {
  const base = `/${ctx.tenant.slug}/admin`;
  const [t, setup, seats, enums, format, counts, members, portalSeats, audit, checklist, pendingApplications] = await Promise.all([
    getTranslations("admin.dashboard"),
    getTranslations("setup"),
    getTranslations("team.counts"),
    getTranslations("enums.partnerStatus"),
    getFormatter(),
    partnerCountsByStatus(ctx),
    can(ctx, "users.read") ? memberCounts(ctx) : null,
    can(ctx, "partners.read") ? portalSeatTotals(ctx) : null,
    can(ctx, "audit.read") ? listRecentActivity(ctx, RECENT_ACTIVITY) : null,
    can(ctx, "tenant.manage") ? getSetupChecklist(ctx) : null,
    can(ctx, "applications.read") ? countPendingApplications(ctx) : null,
  ]);
  // A new workspace opens on its setup checklist (for those who may set it up) until it is
  // done or put away; progress is read from the data (lib/tenancy/setup.ts).
  const settingUp = checklist && !checklist.complete && !checklist.dismissed ? checklist : null;
  const total = PARTNER_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const canManagePartners = can(ctx, "partners.manage");
  const firstName = ctx.user.name.split(/\s+/)[0] || ctx.user.name;
  const newPartnerHref = `${base}/partners?new=1`;
  // Companies waiting on the application queue: the first figure of the partner pipeline.
  const applicationsCard =
    pendingApplications === null ? null : (
      <StatCard
        label={t("kpi.applications")}
        value={format.number(pendingApplications)}
        hint={t("kpi.applicationsHint")}
        icon={<Inbox />}
        href={`${base}/applications?status=PENDING`}
      />
    );

  const candidates: (QuickLink | false)[] = [
    can(ctx, "partners.read") && {
      href: `${base}/partners`,
      label: t("links.partners"),
      description: t("links.partnersHint"),
      icon: <Handshake />,
    },
    can(ctx, "users.manage") && {
      href: `${base}/users?invite=1`,
      label: t("links.invite"),
      description: t("links.inviteHint"),
      icon: <UserPlus />,
    },
    can(ctx, "audit.read") && {
      href: `${base}/audit`,
      label: t("links.audit"),
      description: t("links.auditHint"),
      icon: <ScrollText />,
    },
    can(ctx, "tenant.manage") && {
      href: `${base}/settings`,
      label: t("links.settings"),
      description: t("links.settingsHint"),
      icon: <Settings />,
    },
  ];
  const links = candidates.filter((link): link is QuickLink => link !== false);

  return (
    <>
      <PageHeader
        title={settingUp ? setup("heading", { tenant: ctx.tenant.name }) : t("greeting", { name: firstName })}
        description={settingUp ? setup("subtitle") : t("subtitle", { tenant: ctx.tenant.name })}
        actions={
          canManagePartners && total > 0 ? (
            <Button asChild>
              <Link href={newPartnerHref}>
                <Plus aria-hidden="true" />
                {t("newPartner")}
              </Link>
            </Button>
          ) : undefined
        }
      />

      {settingUp && (
        <SetupChecklist
          checklist={settingUp}
          hrefs={{
            brand: `${base}/settings`,
            partner: newPartnerHref,
            colleague: `${base}/users?invite=1`,
            notifications: `${base}/profile/notifications`,
          }}
          dismiss={
            <ClientMessages namespaces={["setup.dismissal"]}>
              <DismissChecklist tenant={ctx.tenant.slug} action={dismissSetupAction} />
            </ClientMessages>
          }
        />
      )}

      {total === 0 && !!pendingApplications && (
        // No partner yet, but companies have applied: the queue is where to start.
        <section aria-label={t("kpi.label")} className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {applicationsCard}
        </section>
      )}

      {total === 0 && settingUp ? null : total === 0 ? (
        <EmptyState
          className="mb-6"
          icon={<Rocket />}
          title={t("empty.title")}
          description={canManagePartners ? t("empty.description") : t("empty.readOnly")}
          action={
            canManagePartners ? (
              <Button asChild>
                <Link href={newPartnerHref}>
                  <Plus aria-hidden="true" />
                  {t("empty.action")}
                </Link>
              </Button>
            ) : undefined
          }
        />
      ) : (
        <>
          <section
            aria-label={t("kpi.label")}
            className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-5"
          >
            <StatCard
              label={t("kpi.partners")}
              value={format.number(total)}
              hint={t("kpi.partnersHint")}
              icon={<Handshake />}
              href={`${base}/partners`}
            />
            <StatCard
              label={t("kpi.active")}
              value={format.number(counts.ACTIVE ?? 0)}
              hint={t("kpi.activeHint", {
                percent: format.number((counts.ACTIVE ?? 0) / total, { style: "percent", maximumFractionDigits: 0 }),
              })}
              icon={<CircleCheck />}
              href={`${base}/partners?status=ACTIVE`}
            />
            <StatCard
              label={t("kpi.onboarding")}
              value={format.number(counts.ONBOARDING ?? 0)}
              hint={t("kpi.onboardingHint")}
              icon={<Rocket />}
              href={`${base}/partners?status=ONBOARDING`}
            />
            {applicationsCard}
            {members && (
              <StatCard
                label={t("kpi.users")}
                value={format.number(members.active)}
                hint={`${t("kpi.usersHint")} · ${seats("invited", { count: members.invited })}`}
                icon={<Users />}
                href={`${base}/users`}
              />
            )}
            {portalSeats && (
              <StatCard
                label={t("kpi.portalUsers")}
                value={format.number(portalSeats.active)}
                hint={`${t("kpi.portalUsersHint")} · ${seats("invited", { count: portalSeats.invited })}`}
                icon={<UsersRound />}
                href={`${base}/partners`}
              />
            )}
          </section>
          <Card className="mb-6">
            <CardHeader>
              <CardTitle>{t("chart.title")}</CardTitle>
              <CardDescription>{t("chart.description")}</CardDescription>
            </CardHeader>
            <CardContent>
              <BarChart
                title={t("chart.title")}
                columns={[t("chart.status"), t("chart.count")]}
                bars={PARTNER_STATUSES.map((status) => ({
                  key: status,
                  label: enums(status),
                  value: counts[status] ?? 0,
                  valueLabel: format.number(counts[status] ?? 0),
                  tone: partnerStatusTone[status],
                }))}
              />
            </CardContent>
          </Card>
        </>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        {audit && (
          <Card className="lg:col-span-2">
            <CardHeader className="flex-row items-start justify-between gap-4">
              <div className="space-y-1">
                <CardTitle>{t("activity.title")}</CardTitle>
                <CardDescription>{t("activity.description")}</CardDescription>
              </div>
              <Link
                href={`${base}/audit`}
                className="shrink-0 rounded text-sm font-medium text-brand-700 hover:underline"
              >
                {t("activity.viewAll")}
              </Link>
            </CardHeader>
            <CardContent>
              {audit.length === 0 ? (
                <p className="text-sm text-slate-600">{t("activity.empty")}</p>
              ) : (
                <ActivityList entries={audit} adminBase={base} timeZone={ctx.tenant.timeZone} now={new Date()} />
              )}
            </CardContent>
          </Card>
        )}
        {links.length > 0 && (
          <Card className={audit ? undefined : "lg:col-span-3"}>
            <CardHeader>
              <CardTitle>{t("links.title")}</CardTitle>
            </CardHeader>
            <CardContent>
              <QuickLinks links={links} />
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
});
