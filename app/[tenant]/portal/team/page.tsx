import { getTranslations } from "next-intl/server";
import { UsersRound } from "lucide-react";
import { InviteTeammatesDialog } from "@/components/partners/invite-teammates-dialog";
import { TeamRules } from "@/components/partners/team-rules";
import { TeamTable } from "@/components/partners/team-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { PARTNER_ROLES } from "@/lib/partners/schema";
import { getOwnPartner } from "@/lib/partners/service";
import { getTeamRules, listDeactivatedTeammates, listOwnTeam } from "@/lib/partners/team";
import {
  deactivateTeammateAction,
  inviteTeammateAction,
  reactivateTeammateAction,
  resendTeammateInvitationAction,
} from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = partnerMetadata("partnerTeam.read", async () => {
  const t = await getTranslations("team.portal");
  return { title: t("title") };
});

/**
 * The partner's team in the portal. Partner admins manage it themselves (invite, resend,
 * switch off, reactivate) when the vendor allows it, within the partner's seat limit; a
 * vendor previewing the portal sees it as they do, without any of the actions.
 */
export default partnerPage("partnerTeam.read", async ({ ctx }) => {
  const [team, rules, partner, t, roles] = await Promise.all([
    listOwnTeam(ctx),
    getTeamRules(ctx),
    getOwnPartner(ctx),
    getTranslations("team.portal"),
    getTranslations("enums.partnerRole"),
  ]);
  const manages = can(ctx, "partnerTeam.manage") && rules.selfService;
  const switchedOff = manages ? await listDeactivatedTeammates(ctx) : [];
  const vendor = ctx.tenant.name;
  const full = rules.seatLimit !== null && rules.seats.active + rules.seats.invited >= rules.seatLimit;
  const actions = manages
    ? {
        deactivate: deactivateTeammateAction,
        reactivate: reactivateTeammateAction,
        resend: resendTeammateInvitationAction,
      }
    : undefined;

  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "admin.confirm", "dataTable", "team.invite"]}>
      <PageHeader
        title={t("title")}
        description={t(manages ? "descriptionManage" : "description", { partner: ctx.partner.name, vendor })}
        actions={
          manages && !full ? (
            <InviteTeammatesDialog
              action={inviteTeammateAction}
              fields={{ tenant: ctx.tenant.slug }}
              roles={PARTNER_ROLES.map((role) => ({ value: role, label: roles(role) }))}
              defaultRole="PARTNER_USER"
            />
          ) : undefined
        }
      />
      <TeamRules rules={rules} vendor={vendor} manages={manages} channelManager={partner.channelManager} />
      <TeamTable
        team={team}
        label={t("label", { partner: ctx.partner.name })}
        tenant={ctx.tenant.slug}
        currentUserId={ctx.user.id}
        {...(actions ? { actions } : {})}
        empty={
          <EmptyState
            icon={<UsersRound />}
            title={t("empty.title", { partner: ctx.partner.name })}
            description={manages ? t("empty.description", { vendor }) : t("empty.readOnly", { vendor })}
          />
        }
      />
      {switchedOff.length > 0 && actions && (
        <Card className="mt-6">
          <CardHeader>
            <CardTitle>{t("switchedOffTitle")}</CardTitle>
            <CardDescription>{t("switchedOffDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <TeamTable
              team={switchedOff}
              label={t("switchedOffLabel", { partner: ctx.partner.name })}
              tenant={ctx.tenant.slug}
              currentUserId={ctx.user.id}
              actions={actions}
              empty={null}
            />
          </CardContent>
        </Card>
      )}
    </ClientMessages>
  );
});
