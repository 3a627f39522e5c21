"use client";

import { Check, Send, UserCheck, UserX } from "lucide-react";
import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { Form, FormSubmit, useActionForm } from "@/components/forms";
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
  const fields = { tenant, membershipId };
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {status === "INVITED" && (
        <ResendInvitation tenant={tenant} membershipId={membershipId} personName={personName} action={actions.resend} />
      )}
      {status === "DEACTIVATED" ? (
        <ConfirmAction
          action={actions.reactivate}
          fields={fields}
          tone="primary"
          triggerIcon={<UserCheck aria-hidden="true" />}
          triggerLabel={t("reactivate")}
          triggerContext={personName}
          title={t("reactivateTitle", { name: personName })}
          description={t("reactivateBody")}
          confirmLabel={t("reactivateConfirm")}
          pendingLabel={t("working")}
        />
      ) : (
        <ConfirmAction
          action={actions.deactivate}
          fields={fields}
          triggerIcon={<UserX aria-hidden="true" />}
          triggerLabel={t("deactivate")}
          triggerContext={personName}
          title={t("deactivateTitle", { name: personName })}
          description={t("deactivateBody")}
          confirmLabel={t("deactivateConfirm")}
          pendingLabel={t("working")}
        />
      )}
    </div>
  );
}

function ResendInvitation({
  tenant,
  membershipId,
  personName,
  action,
}: {
  tenant: string;
  membershipId: string;
  personName: string;
  action: ServerAction;
}) {
  const t = useTranslations("users.actions");
  const kit = useActionForm({ action, hidden: { tenant, membershipId } });
  const { state } = kit;
  return (
    <Form kit={kit} className="flex items-center gap-2">
      <span aria-live="polite" className="text-xs">
        {state.status === "success" && (
          <span className="inline-flex items-center gap-1 text-emerald-800">
            <Check aria-hidden="true" className="size-3.5" />
            {t("resent")}
          </span>
        )}
        {state.status === "error" && <span className="font-medium text-red-700">{state.message}</span>}
      </span>
      <FormSubmit size="sm" variant="ghost" pendingText={t("working")}>
        <Send aria-hidden="true" />
        {t("resend")}
        <span className="sr-only"> ({personName})</span>
      </FormSubmit>
    </Form>
  );
}
