import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/components/backoffice/country";
import { Facts } from "@/components/backoffice/facts";
import { CompanyProfileCard } from "@/components/partners/company-profile-card";
import { PartnerAccountCard } from "@/components/partners/partner-account-card";
import { PartnerStatusBadge, PartnerTypeBadge } from "@/components/partners/partner-badges";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/auth/context";
import type { ServerAction } from "@/lib/http/action-state";
import { getPartnerProfile } from "@/lib/partners/profile";
import { listChannelManagerOptions } from "@/lib/partners/service";
import type { PartnerTabProps } from "./types";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Profile: the company as the vendor registered it, its details, and the vendor's rules for it. */
export async function ProfileTab({
  ctx,
  partner,
  detail,
  actions,
}: PartnerTabProps & { actions: { updateAccount: ServerAction; updateProfile: ServerAction } }) {
  const canEdit = can(ctx, "partners.manage");
  const [profile, managers, t, tp, format, locale] = await Promise.all([
    getPartnerProfile(ctx, partner.id),
    canEdit ? listChannelManagerOptions(ctx) : null,
    getTranslations("partners.detail"),
    getTranslations("partnerProfile.profile"),
    getFormatter(),
    getLocale(),
  ]);
  const muted = (text: string) => <span className="font-normal text-slate-600">{text}</span>;
  const { channelManager, seats, teamSelfService } = detail;
  return (
    <ClientMessages
      namespaces={["partnerProfile.profile", "partnerProfile.validation", "team.account", "team.validation"]}
    >
      <div className="grid gap-6 xl:grid-cols-2">
        <div className="grid h-fit gap-6">
          <Card className="h-fit">
            <CardHeader>
              <CardTitle>{t("company")}</CardTitle>
            </CardHeader>
            <CardContent>
              <Facts
                items={[
                  { label: t("type"), value: <PartnerTypeBadge type={partner.type} /> },
                  { label: t("status"), value: <PartnerStatusBadge status={partner.status} /> },
                  { label: t("tier"), value: partner.tier ?? muted(t("noTier")) },
                  { label: t("country"), value: countryName(partner.country, locale) ?? muted(t("noCountry")) },
                  {
                    label: t("created"),
                    value: format.dateTime(partner.createdAt, { dateStyle: "long", timeZone: ctx.tenant.timeZone }),
                  },
                ]}
              />
            </CardContent>
          </Card>
          <CompanyProfileCard
            tenant={ctx.tenant.slug}
            partnerId={partner.id}
            profile={profile}
            description={tp("vendorDescription")}
            {...(canEdit && partner.status !== "OFFBOARDED" ? { edit: actions.updateProfile } : {})}
          />
        </div>
        <PartnerAccountCard
          tenant={ctx.tenant.slug}
          partner={partner}
          channelManager={channelManager}
          seats={seats}
          selfService={teamSelfService}
          {...(managers
            ? {
                edit: {
                  action: actions.updateAccount,
                  managers: managers.map((m) => ({ value: m.membershipId, label: m.name })),
                },
              }
            : {})}
        />
      </div>
    </ClientMessages>
  );
}
