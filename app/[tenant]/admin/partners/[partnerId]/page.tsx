import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft, UsersRound } from "lucide-react";
import { countryName } from "@/components/backoffice/country";
import { Facts } from "@/components/backoffice/facts";
import { InviteDialog } from "@/components/backoffice/invite-dialog";
import { PartnerStatusBadge, PartnerTypeBadge } from "@/components/partners/partner-badges";
import { PortalUsersTable } from "@/components/partners/portal-users-table";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { PARTNER_ROLES } from "@/lib/partners/schema";
import { getPartnerName, getPartnerOrThrow } from "@/lib/partners/service";
import { deactivatePartnerUserAction, invitePartnerUserAction } from "../actions";

export const generateMetadata = vendorMetadata("partners.read", async ({ ctx, params }) => ({
  title: await getPartnerName(ctx, params.partnerId ?? ""),
}));

export default vendorPage("partners.read", async ({ ctx, params }) => {
  const { partner, users } = await getPartnerOrThrow(ctx, params.partnerId);
  const [t, roles, format, locale] = await Promise.all([
    getTranslations("partners.detail"),
    getTranslations("enums.partnerRole"),
    getFormatter(),
    getLocale(),
  ]);
  const listPath = `/${ctx.tenant.slug}/admin/partners`;
  const manageUsers = can(ctx, "partnerUsers.manage");
  const offboarded = partner.status === "OFFBOARDED";
  const activeSeats = users.filter((seat) => seat.status !== "DEACTIVATED").length;

  return (
    <>
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
          manageUsers && !offboarded ? (
            <InviteDialog
              namespace="partners.invite"
              action={invitePartnerUserAction}
              fields={{ tenant: ctx.tenant.slug, partnerId: partner.id }}
              roles={PARTNER_ROLES.map((role) => ({ value: role, label: roles(role) }))}
              defaultRole={users.length === 0 ? "PARTNER_ADMIN" : "PARTNER_USER"}
            />
          ) : undefined
        }
      />
      {offboarded && (
        <Alert tone="warning" className="mb-6">
          {t("offboarded")}
        </Alert>
      )}
      <div className="grid gap-6 xl:grid-cols-3">
        <Card className="h-fit">
          <CardHeader>
            <CardTitle>{t("company")}</CardTitle>
          </CardHeader>
          <CardContent>
            <Facts
              items={[
                { label: t("type"), value: <PartnerTypeBadge type={partner.type} /> },
                { label: t("status"), value: <PartnerStatusBadge status={partner.status} /> },
                {
                  label: t("tier"),
                  value: partner.tier ?? <span className="font-normal text-slate-600">{t("noTier")}</span>,
                },
                {
                  label: t("country"),
                  value: countryName(partner.country, locale) ?? (
                    <span className="font-normal text-slate-600">{t("noCountry")}</span>
                  ),
                },
                { label: t("portalUsers"), value: t("seats", { active: activeSeats, total: users.length }) },
                {
                  label: t("created"),
                  value: format.dateTime(partner.createdAt, { dateStyle: "long", timeZone: ctx.tenant.timeZone }),
                },
              ]}
            />
          </CardContent>
        </Card>
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
              deactivate={manageUsers ? deactivatePartnerUserAction : undefined}
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
    </>
  );
});
