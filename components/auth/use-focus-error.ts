import { useEffect, type RefObject } from "react";
import type { ActionState } from "@/lib/http/action-state";

/**
 * After a failed submission, moves focus to the first invalid field (or to the form's
 * error message) so keyboard and screen-reader users land where the problem is.
 */
export function useFocusError(formRef: RefObject<HTMLFormElement | null>, state: Pick<ActionState, "status">) {
  useEffect(() => {
    if (state.status !== "error") return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>("[data-form-error]");
    target?.focus();
  }, [formRef, state]);
}
