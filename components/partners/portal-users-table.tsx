import { useFormatter, useTranslations } from "next-intl";
import { SeatActions } from "@/components/seats/seat-actions";
import { MemberStatusBadge } from "@/components/users/member-status-badge";
import { BreakText } from "@/components/ui/break-text";
import { DataTable } from "@/components/ui/data-table";
import type { ServerAction } from "@/lib/http/action-state";
import type { PortalSeat } from "@/lib/partners/types";

export type PortalUsersTableProps = {
  seats: PortalSeat[];
  tenant: string;
  timeZone: string;
  empty: React.ReactNode;
  /** Present only with partnerUsers.manage. */
  actions?: { deactivate: ServerAction; reactivate: ServerAction; resend: ServerAction };
};

/** A partner's portal users as the vendor sees them: resend, switch off and back on for managers. */
export function PortalUsersTable({ seats, tenant, timeZone, empty, actions }: PortalUsersTableProps) {
  const t = useTranslations("partners.users");
  const more = useTranslations("team.vendorSeats");
  const roles = useTranslations("enums.partnerRole");
  const format = useFormatter();
  return (
    <DataTable
      label={t("label")}
      empty={empty}
      noMatch={{ title: "", description: "" }}
      columns={[
        { id: "name", header: t("name"), className: "min-w-48" },
        { id: "role", header: t("role") },
        { id: "status", header: t("status") },
        { id: "lastSignIn", header: t("lastSignIn"), priority: "secondary", className: "whitespace-nowrap" },
        ...(actions
          ? [{ id: "actions", header: t("actions"), priority: "secondary" as const, align: "right" as const }]
          : []),
      ]}
      rows={seats.map((seat) => {
        const name = seat.user.name || seat.user.email;
        return {
          id: seat.id,
          label: name,
          cells: {
            name: (
              <>
                <span className="block font-medium text-slate-900">{name}</span>
                <BreakText value={seat.user.email} className="block text-slate-600" />
              </>
            ),
            role: roles(seat.role),
            status: <MemberStatusBadge status={seat.status} />,
            lastSignIn: seat.user.lastLoginAt ? (
              <time dateTime={seat.user.lastLoginAt.toISOString()}>
                {format.dateTime(seat.user.lastLoginAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
              </time>
            ) : (
              <span className="text-slate-600">{t("never")}</span>
            ),
            actions: actions ? (
              <SeatActions
                fields={{ tenant, partnerUserId: seat.id }}
                personName={name}
                status={seat.status}
                actions={actions}
                words={{
                  resend: more("resend"),
                  resent: more("resent"),
                  deactivate: t("deactivate"),
                  deactivateTitle: t("deactivateTitle", { name }),
                  deactivateBody: t("deactivateBody"),
                  deactivateConfirm: t("deactivateConfirm"),
                  reactivate: more("reactivate"),
                  reactivateTitle: more("reactivateTitle", { name }),
                  reactivateBody: more("reactivateBody"),
                  reactivateConfirm: more("reactivateConfirm"),
                  working: t("working"),
                }}
              />
            ) : null,
          },
        };
      })}
    />
  );
}
