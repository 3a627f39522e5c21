import { useFormatter, useTranslations } from "next-intl";
import type { ServerAction } from "@/lib/http/action-state";
import type { SelectOption } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { listMembers } from "@/lib/users/service";
import { MemberActions } from "./member-actions";
import { MemberStatusBadge } from "./member-status-badge";
import { RoleForm } from "./role-form";

type Member = Awaited<ReturnType<typeof listMembers>>["rows"][number];

export type MembersTableProps = {
  members: Member[];
  tenant: string;
  timeZone: string;
  currentUserId: string;
  /** Present only for users.manage: enables the role select and row actions. */
  manage?: {
    roles: SelectOption[];
    changeRole: ServerAction;
    deactivate: ServerAction;
    reactivate: ServerAction;
    resend: ServerAction;
  };
};

/** The tenant's vendor users; cards on phones, a table from 640px. */
export function MembersTable({ members, tenant, timeZone, currentUserId, manage }: MembersTableProps) {
  const t = useTranslations("users.table");
  const roles = useTranslations("enums.vendorRole");
  const format = useFormatter();

  return (
    <Table label={t("label")} stacked>
      <TableHeader>
        <TableRow>
          <TableHead>{t("user")}</TableHead>
          <TableHead>{t("role")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead>{t("lastSignIn")}</TableHead>
          {manage && (
            <TableHead align="right">
              <span className="sr-only">{t("actions")}</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((member) => {
          const self = member.userId === currentUserId;
          const name = member.user.name || member.user.email;
          return (
            <TableRow key={member.id}>
              <TableCell label={t("user")}>
                <span className="block font-medium text-slate-900">
                  {name}
                  {self && <span className="ml-2 text-xs font-normal text-slate-600">({t("you")})</span>}
                </span>
                <span className="block break-all text-slate-600">{member.user.email}</span>
              </TableCell>
              <TableCell label={t("role")}>
                {manage && !self ? (
                  <RoleForm
                    tenant={tenant}
                    membershipId={member.id}
                    personName={name}
                    role={member.role}
                    roles={manage.roles}
                    action={manage.changeRole}
                  />
                ) : (
                  roles(member.role)
                )}
              </TableCell>
              <TableCell label={t("status")}>
                <MemberStatusBadge status={member.status} />
              </TableCell>
              <TableCell label={t("lastSignIn")} className="whitespace-nowrap">
                {member.user.lastLoginAt ? (
                  <time dateTime={member.user.lastLoginAt.toISOString()}>
                    {format.dateTime(member.user.lastLoginAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
                  </time>
                ) : (
                  <span className="text-slate-600">{t("never")}</span>
                )}
              </TableCell>
              {manage && (
                <TableCell label={t("actions")} align="right">
                  {self ? (
                    <span className="text-xs text-slate-600">{t("selfHint")}</span>
                  ) : (
                    <MemberActions
                      tenant={tenant}
                      membershipId={member.id}
                      personName={name}
                      status={member.status}
                      actions={{ deactivate: manage.deactivate, reactivate: manage.reactivate, resend: manage.resend }}
                    />
                  )}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
