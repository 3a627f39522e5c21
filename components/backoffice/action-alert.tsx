"use client";

import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/http/action-state";

/**
 * The summary line of a form: the server's translated error, or our own success text
 * (success copy lives with the form, so it reads naturally in context).
 */
export function ActionAlert({
  state,
  success,
  className,
}: {
  state: ActionState;
  success?: string;
  className?: string;
}) {
  if (state.status === "error" && state.message) {
    return (
      <Alert tone="error" className={className}>
        {state.message}
      </Alert>
    );
  }
  if (state.status === "success" && success) {
    return (
      <Alert tone="success" className={className}>
        {success}
      </Alert>
    );
  }
  return null;
}
