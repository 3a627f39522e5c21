"use client";

import { Check, Send, UserCheck, UserX } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { Form, FormSubmit, useActionForm } from "@/components/forms";
import type { ServerAction } from "@/lib/http/action-state";

export type SeatStatus = "INVITED" | "ACTIVE" | "DEACTIVATED";

/** The words of one set of seat actions (already translated, with the person's name in them). */
export type SeatActionWords = {
  resend: string;
  resent: string;
  deactivate: string;
  deactivateTitle: string;
  deactivateBody: string;
  deactivateConfirm: string;
  reactivate: string;
  reactivateTitle: string;
  reactivateBody: string;
  reactivateConfirm: string;
  working: string;
};

export type SeatActionsProps = {
  /** Sent with each action: the tenant slug and the seat's id under the action's field name. */
  fields: Record<string, string>;
  personName: string;
  status: SeatStatus;
  actions: { deactivate: ServerAction; reactivate: ServerAction; resend: ServerAction };
  words: SeatActionWords;
};

/**
 * The row actions of a seat (lib/seats): resend the invitation of an INVITED seat, switch
 * a seat off, or give it back. The same for back-office users, a partner's portal users
 * in the back office and a partner admin's own team in the portal.
 */
export function SeatActions({ fields, personName, status, actions, words }: SeatActionsProps) {
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {status === "INVITED" && (
        <ResendInvitation fields={fields} personName={personName} action={actions.resend} words={words} />
      )}
      {status === "DEACTIVATED" ? (
        <ConfirmAction
          action={actions.reactivate}
          fields={fields}
          tone="primary"
          triggerIcon={<UserCheck aria-hidden="true" />}
          triggerLabel={words.reactivate}
          triggerContext={personName}
          title={words.reactivateTitle}
          description={words.reactivateBody}
          confirmLabel={words.reactivateConfirm}
          pendingLabel={words.working}
        />
      ) : (
        <ConfirmAction
          action={actions.deactivate}
          fields={fields}
          triggerIcon={<UserX aria-hidden="true" />}
          triggerLabel={words.deactivate}
          triggerContext={personName}
          title={words.deactivateTitle}
          description={words.deactivateBody}
          confirmLabel={words.deactivateConfirm}
          pendingLabel={words.working}
        />
      )}
    </div>
  );
}

function ResendInvitation({
  fields,
  personName,
  action,
  words,
}: {
  fields: Record<string, string>;
  personName: string;
  action: ServerAction;
  words: SeatActionWords;
}) {
  const kit = useActionForm({ action, hidden: fields });
  const { state } = kit;
  return (
    <Form kit={kit} className="flex items-center gap-2">
      <span aria-live="polite" className="text-xs">
        {state.status === "success" && (
          <span className="inline-flex items-center gap-1 text-emerald-800">
            <Check aria-hidden="true" className="size-3.5" />
            {words.resent}
          </span>
        )}
        {state.status === "error" && <span className="font-medium text-red-700">{state.message}</span>}
      </span>
      <FormSubmit size="sm" variant="ghost" pendingText={words.working}>
        <Send aria-hidden="true" />
        {words.resend}
        <span className="sr-only"> ({personName})</span>
      </FormSubmit>
    </Form>
  );
}
