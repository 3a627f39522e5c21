"use client";

import { useTranslations } from "next-intl";
import { SeatActions } from "@/components/seats/seat-actions";
import type { ServerAction } from "@/lib/http/action-state";
import type { MemberStatusValue } from "./member-status-badge";

export type MemberActionsProps = {
  tenant: string;
  membershipId: string;
  personName: string;
  status: MemberStatusValue;
  actions: { deactivate: ServerAction; reactivate: ServerAction; resend: ServerAction };
};

/** The row actions of a vendor user: resend the invitation, deactivate or reactivate. */
export function MemberActions({ tenant, membershipId, personName, status, actions }: MemberActionsProps) {
  const t = useTranslations("users.actions");
  return (
    <SeatActions
      fields={{ tenant, membershipId }}
      personName={personName}
      status={status}
      actions={actions}
      words={{
        resend: t("resend"),
        resent: t("resent"),
        deactivate: t("deactivate"),
        deactivateTitle: t("deactivateTitle", { name: personName }),
        deactivateBody: t("deactivateBody"),
        deactivateConfirm: t("deactivateConfirm"),
        reactivate: t("reactivate"),
        reactivateTitle: t("reactivateTitle", { name: personName }),
        reactivateBody: t("reactivateBody"),
        reactivateConfirm: t("reactivateConfirm"),
        working: t("working"),
      }}
    />
  );
}
