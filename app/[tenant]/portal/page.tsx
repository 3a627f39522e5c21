import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { countryName } from "@/components/backoffice/country";
import { Facts } from "@/components/backoffice/facts";
import { PartnerStatusBadge, PartnerTypeBadge } from "@/components/partners/partner-badges";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { isLocale } from "@/lib/i18n/config";
import { ContactCard, NextStepsCard, TeamCard, type NextStep } from "@/components/partners/portal-home-cards";
import { getOwnPartner } from "@/lib/partners/service";
import { getTeamRules } from "@/lib/partners/team";
import { getOwnOnboarding } from "@/lib/programs/onboarding";
import { CoopHomeCard } from "@/components/coop/home-card";
import { todayIn } from "@/lib/activities/dates";
import { ownCoopHints } from "@/lib/coop/hint";
import { listOwnFunds } from "@/lib/coop/read";

export const generateMetadata = partnerMetadata("ownPartner.read", async () => {
  const t = await getTranslations("portal.home");
  return { title: t("metaTitle") };
});

const muted = (text: string) => <span className="font-normal text-slate-600">{text}</span>;

/**
 * The portal home: the partner's own company, its contact at the vendor (the channel
 * manager) and what to do next. A vendor previewing the portal sees the partner's view,
 * without the previewing person's own account.
 */
export default partnerPage("ownPartner.read", async ({ ctx }) => {
  const coop = can(ctx, "ownCoop.read");
  const [partner, rules, t, next, enums, locale, onboarding, programWords, coopFunds, coopHints] = await Promise.all([
    getOwnPartner(ctx),
    can(ctx, "partnerTeam.read") ? getTeamRules(ctx) : null,
    getTranslations("portal.home"),
    getTranslations("setup.portal.steps"),
    getTranslations("enums"),
    getLocale(),
    can(ctx, "ownProgram.read") ? getOwnOnboarding(ctx) : null,
    getTranslations("programs.portal"),
    coop ? listOwnFunds(ctx) : null,
    coop ? ownCoopHints(ctx) : null,
  ]);
  const vendor = ctx.tenant.name;
  const base = `/${ctx.tenant.slug}/portal`;
  const firstName = ctx.user.name.split(/\s+/)[0] || ctx.user.name;
  const personal = !ctx.preview;
  const steps: NextStep[] = [
    // The program's onboarding comes first while it is open (lib/programs).
    ...(onboarding && !onboarding.complete
      ? [
          {
            key: "onboarding",
            label: programWords("homeStep", { vendor, done: onboarding.done, total: onboarding.total }),
            href: `${base}/onboarding`,
          },
        ]
      : []),
    ...(personal && !ctx.user.phone
      ? [{ key: "profile", label: next("profile", { vendor }), href: `${base}/profile` }]
      : []),
    ...(personal && can(ctx, "notifications.configure")
      ? [{ key: "notifications", label: next("notifications", { vendor }), href: `${base}/profile/notifications` }]
      : []),
    ...(rules
      ? [
          can(ctx, "partnerTeam.manage") && rules.selfService
            ? { key: "team", label: next("team", { vendor }), href: `${base}/team` }
            : { key: "team", label: next("teamView", { partner: partner.name }), href: `${base}/team` },
        ]
      : []),
  ];
  const notice =
    partner.status === "SUSPENDED"
      ? "warning"
      : partner.status === "ONBOARDING" || partner.status === "PROSPECT"
        ? "info"
        : null;
  const linkClass = "inline-flex items-center gap-1 rounded text-sm font-medium text-brand-700 hover:underline";

  return (
    <>
      <PageHeader
        title={personal ? t("greeting", { name: firstName }) : partner.name}
        description={t("subtitle", { vendor, partner: partner.name })}
      />
      {notice && (
        <Alert
          tone={notice}
          className="mb-6"
          title={t(`status.${partner.status as "SUSPENDED" | "ONBOARDING" | "PROSPECT"}.title`)}
        >
          {t(`status.${partner.status as "SUSPENDED" | "ONBOARDING" | "PROSPECT"}.body`, { vendor })}
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{partner.name}</CardTitle>
            <CardDescription>{t("company.description", { vendor })}</CardDescription>
          </CardHeader>
          <CardContent>
            <Facts
              items={[
                { label: t("company.type"), value: <PartnerTypeBadge type={partner.type} /> },
                { label: t("company.status"), value: <PartnerStatusBadge status={partner.status} /> },
                { label: t("company.tier"), value: partner.tier ?? muted(t("company.noTier")) },
                {
                  label: t("company.country"),
                  value: countryName(partner.country, locale) ?? muted(t("company.noCountry")),
                },
                { label: t("company.vendor"), value: vendor },
              ]}
            />
          </CardContent>
        </Card>
        <ContactCard vendor={vendor} contact={partner.channelManager} />
        <NextStepsCard vendor={vendor} steps={steps} />
        {coopFunds && coopHints && (
          <CoopHomeCard
            funds={coopFunds}
            hints={coopHints}
            today={todayIn(ctx.tenant.timeZone)}
            href={`${base}/coop`}
            vendor={vendor}
          />
        )}
        {rules && <TeamCard seats={rules.seats} href={`${base}/team`} />}
        {personal && (
          <Card>
            <CardHeader>
              <CardTitle>{t("account.title")}</CardTitle>
              <CardDescription>{t("account.description")}</CardDescription>
            </CardHeader>
            <CardContent className="space-y-4">
              <Facts
                items={[
                  { label: t("account.name"), value: ctx.user.name },
                  { label: t("account.email"), value: ctx.user.email },
                  { label: t("account.role"), value: enums(`partnerRole.${ctx.role}`) },
                  {
                    label: t("account.language"),
                    value: isLocale(ctx.user.locale) ? enums(`locale.${ctx.user.locale}`) : ctx.user.locale,
                  },
                  { label: t("account.phone"), value: ctx.user.phone ?? muted(t("account.noPhone")) },
                ]}
              />
              <Link href={`${base}/profile`} className={linkClass}>
                {t("account.edit")}
                <ArrowRight aria-hidden="true" className="size-4" />
              </Link>
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
});
