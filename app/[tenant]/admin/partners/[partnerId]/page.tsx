import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft, UsersRound } from "lucide-react";
import { countryName } from "@/components/backoffice/country";
import { Facts } from "@/components/backoffice/facts";
import { InvitePartnerUsersDialog } from "@/components/partners/invite-partner-users-dialog";
import { PartnerAccountCard } from "@/components/partners/partner-account-card";
import { PartnerStatusBadge, PartnerTypeBadge } from "@/components/partners/partner-badges";
import { PortalUsersTable } from "@/components/partners/portal-users-table";
import { StartPreview } from "@/components/partners/start-preview";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { PARTNER_ROLES } from "@/lib/partners/schema";
import { getPartnerName, getPartnerOrThrow, listChannelManagerOptions } from "@/lib/partners/service";
import {
  deactivatePartnerUserAction,
  invitePartnerUserAction,
  reactivatePartnerUserAction,
  resendPartnerInvitationAction,
  updatePartnerAccountAction,
} from "../actions";
import { startPreviewAction } from "../preview-actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("partners.read", async ({ ctx, params }) => ({
  title: await getPartnerName(ctx, params.partnerId ?? ""),
}));

export default vendorPage("partners.read", async ({ ctx, params }) => {
  const canEdit = can(ctx, "partners.manage");
  const [{ partner, channelManager, seats, users, teamSelfService }, managers, t, preview, roles, format, locale] =
    await Promise.all([
      getPartnerOrThrow(ctx, params.partnerId),
      canEdit ? listChannelManagerOptions(ctx) : null,
      getTranslations("partners.detail"),
      getTranslations("preview"),
      getTranslations("enums.partnerRole"),
      getFormatter(),
      getLocale(),
    ]);
  const listPath = `/${ctx.tenant.slug}/admin/partners`;
  const manageUsers = can(ctx, "partnerUsers.manage");
  const offboarded = partner.status === "OFFBOARDED";
  const muted = (text: string) => <span className="font-normal text-slate-600">{text}</span>;

  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "admin.confirm", "dataTable", "partners.invite", "team.account"]}>
      <PageHeader
        eyebrow={
          <Link
            href={listPath}
            className="inline-flex items-center gap-1 rounded font-medium text-brand-700 hover:underline"
          >
            <ArrowLeft aria-hidden="true" className="size-4" />
            {t("back")}
          </Link>
        }
        title={partner.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <PartnerTypeBadge type={partner.type} />
            <PartnerStatusBadge status={partner.status} />
          </span>
        }
        actions={
          offboarded ? undefined : (
            <div className="flex flex-wrap items-start gap-2">
              {can(ctx, "partners.preview") && (
                <StartPreview
                  tenant={ctx.tenant.slug}
                  partnerId={partner.id}
                  action={startPreviewAction}
                  label={preview("start")}
                  pendingLabel={preview("starting")}
                  hint={preview("startHint", { partner: partner.name })}
                />
              )}
              {manageUsers && (
                <InvitePartnerUsersDialog
                  action={invitePartnerUserAction}
                  fields={{ tenant: ctx.tenant.slug, partnerId: partner.id }}
                  roles={PARTNER_ROLES.map((role) => ({ value: role, label: roles(role) }))}
                  defaultRole={users.length === 0 ? "PARTNER_ADMIN" : "PARTNER_USER"}
                />
              )}
            </div>
          )
        }
      />
      {offboarded && (
        <Alert tone="warning" className="mb-6">
          {t("offboarded")}
        </Alert>
      )}
      <div className="grid gap-6 xl:grid-cols-3">
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
          <PartnerAccountCard
            tenant={ctx.tenant.slug}
            partner={partner}
            channelManager={channelManager}
            seats={seats}
            selfService={teamSelfService}
            {...(managers
              ? {
                  edit: {
                    action: updatePartnerAccountAction,
                    managers: managers.map((m) => ({ value: m.membershipId, label: m.name })),
                  },
                }
              : {})}
          />
        </div>
        <Card className="min-w-0 xl:col-span-2">
          <CardHeader>
            <CardTitle>{t("usersTitle")}</CardTitle>
            <CardDescription>{t("usersDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <PortalUsersTable
              seats={users}
              tenant={ctx.tenant.slug}
              timeZone={ctx.tenant.timeZone}
              {...(manageUsers
                ? {
                    actions: {
                      deactivate: deactivatePartnerUserAction,
                      reactivate: reactivatePartnerUserAction,
                      resend: resendPartnerInvitationAction,
                    },
                  }
                : {})}
              empty={
                <EmptyState
                  headingLevel="h3"
                  icon={<UsersRound />}
                  title={t("noUsers")}
                  description={manageUsers && !offboarded ? t("noUsersHint") : t("noUsersReadOnly")}
                />
              }
            />
          </CardContent>
        </Card>
      </div>
    </ClientMessages>
  );
});
