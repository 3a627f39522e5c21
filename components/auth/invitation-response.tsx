"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { respondToInvitationAction } from "@/app/workspaces/actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/http/action-state";

/** Accept / Decline of one pending invitation (the pressed button is the decision). */
export function InvitationResponse({ kind, seatId, label }: { kind: "vendor" | "partner"; seatId: string; label: string }) {
  const t = useTranslations("account.pending");
  const [state, dispatch] = useActionState(respondToInvitationAction, { status: "idle" } as ActionState);
  return (
    <form action={dispatch} className="space-y-3">
      {state.status === "error" && state.message && (
        <Alert tone="error" role="alert">
          {state.message}
        </Alert>
      )}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="seatId" value={seatId} />
      <div className="flex flex-col gap-2 sm:flex-row">
        <SubmitButton name="decision" value="accept" pendingText={t("accepting")} aria-label={`${t("accept")}: ${label}`}>
          {t("accept")}
        </SubmitButton>
        <SubmitButton
          name="decision"
          value="decline"
          variant="secondary"
          pendingText={t("declining")}
          aria-label={`${t("decline")}: ${label}`}
        >
          {t("decline")}
        </SubmitButton>
      </div>
    </form>
  );
}
