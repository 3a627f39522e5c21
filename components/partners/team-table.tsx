import { useTranslations } from "next-intl";
import { SeatActions } from "@/components/seats/seat-actions";
import { MemberStatusBadge } from "@/components/users/member-status-badge";
import { BreakText } from "@/components/ui/break-text";
import { DataTable } from "@/components/ui/data-table";
import type { ServerAction } from "@/lib/http/action-state";
import type { PortalSeat } from "@/lib/partners/types";

export type TeamTableProps = {
  team: PortalSeat[];
  /** The table's accessible name. */
  label: string;
  tenant: string;
  currentUserId: string;
  empty: React.ReactNode;
  /** Present when a partner admin manages the team (partnerTeam.manage, self-service on). */
  actions?: { deactivate: ServerAction; reactivate: ServerAction; resend: ServerAction };
};

/** A partner's own team, as its partner admins see it in the portal, with their actions. */
export function TeamTable({ team, label, tenant, currentUserId, empty, actions }: TeamTableProps) {
  const t = useTranslations("portal.team");
  const row = useTranslations("team.row");
  const roles = useTranslations("enums.partnerRole");
  return (
    <DataTable
      label={label}
      empty={empty}
      noMatch={{ title: "", description: "" }}
      columns={[
        { id: "name", header: t("name"), className: "min-w-48" },
        { id: "role", header: t("role") },
        { id: "status", header: t("status") },
        ...(actions
          ? [{ id: "actions", header: row("actions"), priority: "secondary" as const, align: "right" as const }]
          : []),
      ]}
      rows={team.map((member) => {
        const name = member.user.name || member.user.email;
        const mine = member.userId === currentUserId;
        return {
          id: member.id,
          label: name,
          cells: {
            name: (
              <>
                <span className="block font-medium text-slate-900">
                  {name}
                  {mine && <span className="ml-2 text-xs font-normal text-slate-600">({t("you")})</span>}
                </span>
                <BreakText value={member.user.email} className="block text-slate-600" />
              </>
            ),
            role: roles(member.role),
            status: <MemberStatusBadge status={member.status} />,
            // Nobody switches their own access off.
            actions:
              actions && !mine ? (
                <SeatActions
                  fields={{ tenant, seatId: member.id }}
                  personName={name}
                  status={member.status}
                  actions={actions}
                  words={{
                    resend: row("resend"),
                    resent: row("resent"),
                    deactivate: row("deactivate"),
                    deactivateTitle: row("deactivateTitle", { name }),
                    deactivateBody: row("deactivateBody", { name }),
                    deactivateConfirm: row("deactivateConfirm"),
                    reactivate: row("reactivate"),
                    reactivateTitle: row("reactivateTitle", { name }),
                    reactivateBody: row("reactivateBody", { name }),
                    reactivateConfirm: row("reactivateConfirm"),
                    working: row("working"),
                  }}
                />
              ) : null,
          },
        };
      })}
    />
  );
}
