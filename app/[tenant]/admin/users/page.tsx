import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { InviteUsersDialog } from "@/components/users/invite-users-dialog";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { MembersTable } from "@/components/users/members-table";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listMembers } from "@/lib/users/list";
import { MEMBER_LIST_FILTERS, memberListQuery } from "@/lib/users/list-schema";
import { VENDOR_ROLES } from "@/lib/users/schema";
import {
  changeRoleAction,
  deactivateUserAction,
  inviteUserAction,
  reactivateUserAction,
  resendInvitationAction,
} from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("users.read", async () => {
  const t = await getTranslations("users");
  return { title: t("title") };
});

export default vendorPage("users.read", async ({ ctx, searchParams }) => {
  const query = memberListQuery.parse(searchParams);
  const [t, enums, result] = await Promise.all([
    getTranslations("users"),
    getTranslations("enums.vendorRole"),
    listMembers(ctx, query),
  ]);
  const manage = can(ctx, "users.manage");
  const roles = VENDOR_ROLES.map((role) => ({ value: role, label: enums(role) }));
  const path = `/${ctx.tenant.slug}/admin/users`;

  return (
    <ClientMessages
      namespaces={[...FORM_MESSAGES, "admin.confirm", "dataTable", "users.actions", "users.invite", "users.role"]}
    >
      <PageHeader
        title={t("title")}
        description={manage ? t("description") : t("descriptionReadOnly")}
        actions={
          manage ? (
            <InviteUsersDialog
              action={inviteUserAction}
              fields={{ tenant: ctx.tenant.slug }}
              roles={roles}
              defaultRole="SALES_REP"
              defaultOpen={searchParams.invite === "1"}
            />
          ) : undefined
        }
      />
      <MembersTable
        members={result.rows}
        state={tableState(query, result, {
          filters: MEMBER_LIST_FILTERS,
          defaultSort: memberListQuery.spec.defaultSort,
          defaultPageSize: memberListQuery.spec.defaultPageSize,
        })}
        tenant={ctx.tenant.slug}
        timeZone={ctx.tenant.timeZone}
        currentUserId={ctx.user.id}
        roles={roles}
        exportHref={`${path}/export`}
        empty={<EmptyState icon={<Users />} title={t("empty.title")} description={t("empty.description")} />}
        manage={
          manage
            ? {
                changeRole: changeRoleAction,
                deactivate: deactivateUserAction,
                reactivate: reactivateUserAction,
                resend: resendInvitationAction,
              }
            : undefined
        }
      />
    </ClientMessages>
  );
});
