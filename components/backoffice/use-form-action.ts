"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/http/action-state";

/** The signature every wrapped server action has (see lib/auth/wrappers/actions.ts). */
export type FormAction<R = unknown> = (prev: ActionState | undefined, input?: FormData) => Promise<ActionState<R>>;

/**
 * useActionState for our wrapped actions, with an optional callback on success (close a
 * dialog, sign out, refresh). The callback runs inside the action so it sees that result.
 */
export function useFormAction<R>(action: FormAction<R>, onSuccess?: (state: ActionState<R>) => void) {
  return useActionState<ActionState<R>, FormData>(async (prev, formData) => {
    const next = await action(prev, formData);
    if (next.status === "success") onSuccess?.(next);
    return next;
  }, idleState as ActionState<R>);
}
