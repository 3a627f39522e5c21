import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ServerAction } from "@/lib/http/action-state";
import { BreakText } from "@/components/ui/break-text";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import type { SelectOption } from "@/components/ui/select";
import { MEMBER_STATUSES } from "@/lib/users/list-schema";
import type { MemberListItem } from "@/lib/users/list";
import { MemberActions } from "./member-actions";
import { MemberStatusBadge } from "./member-status-badge";
import { RoleForm } from "./role-form";

export type MembersTableProps = {
  members: MemberListItem[];
  state: DataTableState;
  tenant: string;
  timeZone: string;
  currentUserId: string;
  roles: SelectOption[];
  exportHref: string;
  empty: ReactNode;
  /** Present only for users.manage: enables the role select and row actions. */
  manage?: {
    changeRole: ServerAction;
    deactivate: ServerAction;
    reactivate: ServerAction;
    resend: ServerAction;
  };
};

/** The tenant's vendor users with their role, status and last sign-in. */
export function MembersTable({
  members,
  state,
  tenant,
  timeZone,
  currentUserId,
  roles,
  exportHref,
  empty,
  manage,
}: MembersTableProps) {
  const t = useTranslations("users");
  const statuses = useTranslations("enums.memberStatus");
  const format = useFormatter();
  const roleLabel = (value: string) => roles.find((role) => role.value === value)?.label ?? value;

  return (
    <DataTable
      label={t("table.label")}
      state={state}
      exportHref={exportHref}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={[
        { id: "q", kind: "search", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
        { id: "role", kind: "select", label: t("table.role"), allLabel: t("filters.allRoles"), options: roles },
        {
          id: "status",
          kind: "select",
          label: t("table.status"),
          allLabel: t("filters.allStatuses"),
          options: MEMBER_STATUSES.map((value) => ({ value, label: statuses(value) })),
        },
      ]}
      columns={[
        { id: "name", header: t("table.user"), sortable: true, className: "min-w-56" },
        { id: "role", header: t("table.role"), sortable: true, className: "min-w-64" },
        { id: "status", header: t("table.status"), sortable: true },
        {
          id: "lastSignIn",
          header: t("table.lastSignIn"),
          sortable: true,
          priority: "secondary",
          className: "whitespace-nowrap",
        },
        ...(manage
          ? [
              {
                id: "actions",
                header: t("table.actions"),
                hideable: false,
                priority: "secondary" as const,
                align: "right" as const,
              },
            ]
          : []),
      ]}
      rows={members.map((member) => {
        const self = member.userId === currentUserId;
        const name = member.name || member.email;
        return {
          id: member.id,
          label: name,
          cells: {
            name: (
              <>
                <span className="block font-medium text-slate-900">
                  {name}
                  {self && <span className="ml-2 text-xs font-normal text-slate-600">({t("table.you")})</span>}
                </span>
                <BreakText value={member.email} className="block text-slate-600" />
              </>
            ),
            role:
              manage && !self ? (
                <RoleForm
                  tenant={tenant}
                  membershipId={member.id}
                  personName={name}
                  role={member.role}
                  roles={roles}
                  action={manage.changeRole}
                />
              ) : (
                roleLabel(member.role)
              ),
            status: <MemberStatusBadge status={member.status} />,
            lastSignIn: member.lastLoginAt ? (
              <time dateTime={member.lastLoginAt.toISOString()}>
                {format.dateTime(member.lastLoginAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
              </time>
            ) : (
              <span className="text-slate-600">{t("table.never")}</span>
            ),
            actions: manage ? (
              self ? (
                <span className="text-xs text-slate-600">{t("table.selfHint")}</span>
              ) : (
                <MemberActions
                  tenant={tenant}
                  membershipId={member.id}
                  personName={name}
                  status={member.status}
                  actions={{ deactivate: manage.deactivate, reactivate: manage.reactivate, resend: manage.resend }}
                />
              )
            ) : null,
          },
        };
      })}
    />
  );
}
