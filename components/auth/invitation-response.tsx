"use client";

import { useTranslations } from "next-intl";
import { Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import type { ServerAction } from "@/lib/http/action-state";

export type InvitationResponseProps = {
  kind: "vendor" | "partner";
  seatId: string;
  label: string;
  /** respondToInvitationAction (app/workspaces/actions.ts), from the page. */
  action: ServerAction;
};

/** Accept / Decline of one pending invitation (the pressed button is the decision). */
export function InvitationResponse({ kind, seatId, label, action }: InvitationResponseProps) {
  const t = useTranslations("account.pending");
  const kit = useActionForm({ action, hidden: { kind, seatId } });
  return (
    <Form kit={kit} className="space-y-3">
      <FormAlert />
      <div className="flex flex-col gap-2 sm:flex-row">
        <FormSubmit name="decision" value="accept" pendingText={t("accepting")} aria-label={`${t("accept")}: ${label}`}>
          {t("accept")}
        </FormSubmit>
        <FormSubmit
          name="decision"
          value="decline"
          variant="secondary"
          pendingText={t("declining")}
          aria-label={`${t("decline")}: ${label}`}
        >
          {t("decline")}
        </FormSubmit>
      </div>
    </Form>
  );
}
