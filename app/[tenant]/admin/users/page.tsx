import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { InviteDialog } from "@/components/backoffice/invite-dialog";
import { MembersTable } from "@/components/users/members-table";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { can } from "@/lib/auth/context";
import { vendorPage } from "@/lib/auth/wrappers";
import { VENDOR_ROLES } from "@/lib/users/schema";
import { listMembers } from "@/lib/users/service";
import {
  changeRoleAction,
  deactivateUserAction,
  inviteUserAction,
  reactivateUserAction,
  resendInvitationAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default vendorPage("users.read", async ({ ctx, searchParams }) => {
  const page = parsePage(searchParams);
  const [t, enums, result] = await Promise.all([
    getTranslations("users"),
    getTranslations("enums.vendorRole"),
    listMembers(ctx, { page }),
  ]);
  const manage = can(ctx, "users.manage");
  const roles = VENDOR_ROLES.map((role) => ({ value: role, label: enums(role) }));
  const path = `/${ctx.tenant.slug}/admin/users`;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={manage ? t("description") : t("descriptionReadOnly")}
        actions={
          manage ? (
            <InviteDialog
              namespace="users.invite"
              action={inviteUserAction}
              fields={{ tenant: ctx.tenant.slug }}
              roles={roles}
              defaultRole="SALES_REP"
              defaultOpen={searchParams.invite === "1"}
            />
          ) : undefined
        }
      />
      {result.rows.length === 0 ? (
        <EmptyState
          icon={<Users />}
          title={t("empty.title")}
          description={t("empty.description")}
          action={
            page > 1 ? (
              <Link href={path} className={buttonVariants({ variant: "secondary" })}>
                {t("empty.firstPage")}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <MembersTable
          members={result.rows}
          tenant={ctx.tenant.slug}
          timeZone={ctx.tenant.timeZone}
          currentUserId={ctx.user.id}
          manage={
            manage
              ? {
                  roles,
                  changeRole: changeRoleAction,
                  deactivate: deactivateUserAction,
                  reactivate: reactivateUserAction,
                  resend: resendInvitationAction,
                }
              : undefined
          }
        />
      )}
      <Pagination page={page} totalItems={result.total} pageSize={result.pageSize} pathname={path} />
    </>
  );
});
