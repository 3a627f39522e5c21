import { getTranslations } from "next-intl/server";
import { UsersRound } from "lucide-react";
import { PortalUsersTable } from "@/components/partners/portal-users-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/context";
import type { ServerAction } from "@/lib/http/action-state";
import type { PartnerTabProps } from "./types";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Users: the partner's portal seats (invite from the page header). */
export async function UsersTab({
  ctx,
  partner,
  detail,
  actions,
}: PartnerTabProps & { actions: { deactivate: ServerAction; reactivate: ServerAction; resend: ServerAction } }) {
  const t = await getTranslations("partners.detail");
  const manageUsers = can(ctx, "partnerUsers.manage");
  const offboarded = partner.status === "OFFBOARDED";
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>{t("usersTitle")}</CardTitle>
          <CardDescription>{t("usersDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <PortalUsersTable
            seats={detail.users}
            tenant={ctx.tenant.slug}
            timeZone={ctx.tenant.timeZone}
            {...(manageUsers ? { actions } : {})}
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
    </ClientMessages>
  );
}
