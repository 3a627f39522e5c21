import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { InvitePartnerUsersDialog } from "@/components/partners/invite-partner-users-dialog";
import { PartnerTabNav } from "@/components/partners/360/tab-nav";
import { PartnerStatusBadge, PartnerTypeBadge } from "@/components/partners/partner-badges";
import { StartPreview } from "@/components/partners/start-preview";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { PARTNER_ROLES } from "@/lib/partners/schema";
import { getPartnerName, getPartnerOrThrow } from "@/lib/partners/service";
import { invitePartnerUserAction } from "../actions";
import { startPreviewAction } from "../preview-actions";
import { PARTNER_TABS } from "./tabs";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("partners.read", async ({ ctx, params }) => ({
  title: await getPartnerName(ctx, params.partnerId ?? ""),
}));

/**
 * Partner 360: the partner's header (name, type, status, preview and invite) over its
 * sections as tabs (./tabs.tsx), each addressed by `?tab=`; an unknown or forbidden tab
 * opens the first one.
 */
export default vendorPage("partners.read", async ({ ctx, params, searchParams }) => {
  const detail = await getPartnerOrThrow(ctx, params.partnerId);
  const { partner, users } = detail;
  const tabs = [...PARTNER_TABS].filter((tab) => can(ctx, tab.permission)).sort((a, b) => a.order - b.order);
  const current = tabs.find((tab) => tab.id === searchParams.tab) ?? tabs[0]!;
  const [t, t360, preview, roles, labels, section] = await Promise.all([
    getTranslations("partners.detail"),
    getTranslations("partner360"),
    getTranslations("preview"),
    getTranslations("enums.partnerRole"),
    Promise.all(tabs.map(async (tab) => (await getTranslations(tab.label[0]))(tab.label[1] as never))),
    current.render({ ctx, partner, detail, searchParams }),
  ]);
  const listPath = `/${ctx.tenant.slug}/admin/partners`;
  const path = `${listPath}/${partner.id}`;
  const manageUsers = can(ctx, "partnerUsers.manage");
  const offboarded = partner.status === "OFFBOARDED";

  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "partners.invite"]}>
      <PageHeader
        eyebrow={
          <BackLink href={listPath}>{t("back")}</BackLink>
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
      <PartnerTabNav
        label={t360("navLabel", { partner: partner.name })}
        current={current.id}
        tabs={tabs.map((tab, index) => ({
          id: tab.id,
          label: labels[index]!,
          href: index === 0 ? path : `${path}?tab=${tab.id}`,
        }))}
      />
      <section aria-label={labels[tabs.indexOf(current)]}>{section}</section>
    </ClientMessages>
  );
});
