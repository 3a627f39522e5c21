import { UserX } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import type { ServerAction } from "@/lib/http/action-state";
import { MemberStatusBadge } from "@/components/users/member-status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PortalSeat } from "@/lib/partners/types";

export type PortalUsersTableProps = {
  seats: PortalSeat[];
  tenant: string;
  timeZone: string;
  /** Present only with partnerUsers.manage. */
  deactivate?: ServerAction;
};

/** A partner's portal users as the vendor sees them, with deactivation for managers. */
export function PortalUsersTable({ seats, tenant, timeZone, deactivate }: PortalUsersTableProps) {
  const t = useTranslations("partners.users");
  const roles = useTranslations("enums.partnerRole");
  const format = useFormatter();
  return (
    <Table label={t("label")} stacked containerClassName="shadow-none">
      <TableHeader>
        <TableRow>
          <TableHead>{t("name")}</TableHead>
          <TableHead>{t("role")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead>{t("lastSignIn")}</TableHead>
          {deactivate && (
            <TableHead align="right">
              <span className="sr-only">{t("actions")}</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {seats.map((seat) => {
          const name = seat.user.name || seat.user.email;
          return (
            <TableRow key={seat.id}>
              <TableCell label={t("name")}>
                <span className="block font-medium text-slate-900">{name}</span>
                <span className="block break-all text-slate-600">{seat.user.email}</span>
              </TableCell>
              <TableCell label={t("role")}>{roles(seat.role)}</TableCell>
              <TableCell label={t("status")}>
                <MemberStatusBadge status={seat.status} />
              </TableCell>
              <TableCell label={t("lastSignIn")} className="whitespace-nowrap">
                {seat.user.lastLoginAt ? (
                  <time dateTime={seat.user.lastLoginAt.toISOString()}>
                    {format.dateTime(seat.user.lastLoginAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
                  </time>
                ) : (
                  <span className="text-slate-600">{t("never")}</span>
                )}
              </TableCell>
              {deactivate && (
                <TableCell label={t("actions")} align="right">
                  {seat.status !== "DEACTIVATED" && (
                    <ConfirmAction
                      action={deactivate}
                      fields={{ tenant, partnerUserId: seat.id }}
                      triggerIcon={<UserX aria-hidden="true" />}
                      triggerLabel={t("deactivate")}
                      triggerContext={name}
                      title={t("deactivateTitle", { name })}
                      description={t("deactivateBody")}
                      confirmLabel={t("deactivateConfirm")}
                      pendingLabel={t("working")}
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
