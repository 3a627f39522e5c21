"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ServerAction } from "@/lib/http/action-state";

export type ResendVerificationProps = {
  /** resendVerificationAction (app/(public)/verify-email/[token]/actions.ts), from the page. */
  action: ServerAction<{ email: string }>;
  email: string;
  /** The password chosen at sign-up: it identifies the pending sign-up without revealing it exists. */
  password: string;
  /** Message keys of the `account` namespace for the button and the confirmation. */
  labels: { resend: string; resending: string; resent: string };
};

/** "Send the link again" for a sign-up waiting for its verification link. */
export function ResendVerification({ action, email, password, labels }: ResendVerificationProps) {
  const t = useTranslations("account");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function resend() {
    startTransition(async () => {
      const result = await action(undefined, { email, password });
      setMessage(
        result.status === "success"
          ? { tone: "success", text: t(labels.resent as never, { email } as never) }
          : { tone: "error", text: result.message ?? "" },
      );
    });
  }

  return (
    <div className="space-y-3">
      <Button type="button" variant="secondary" className="w-full" loading={pending} loadingText={t(labels.resending as never)} onClick={resend}>
        {t(labels.resend as never)}
      </Button>
      {message && (
        <Alert tone={message.tone} role="status">
          {message.text}
        </Alert>
      )}
    </div>
  );
}
