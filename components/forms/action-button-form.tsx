"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonProps } from "@/components/ui/button";
import { idleState, type ActionState, type ServerAction } from "@/lib/http/action-state";

export type ActionButtonFormProps = Omit<ButtonProps, "type" | "loading" | "loadingText" | "asChild"> & {
  action: ServerAction;
  /** Hidden inputs sent with the click: the tenant slug, ids. */
  fields: Record<string, string>;
  /** Text while the action runs (default "Working…"). */
  pendingText?: string;
  /** The <form>'s classes (the button's go in `className`). */
  formClassName?: string;
  /** Under the button, e.g. a hint the button points to with aria-describedby. */
  after?: ReactNode;
  /** Said once the server said yes (e.g. "Evaluated"); refusals are said either way. */
  success?: ReactNode;
  /** After the server said yes (close a dialog, sign out). */
  onSuccess?: (state: ActionState) => void;
  /** Places the submit button, e.g. in a dialog's footer beside "Cancel". */
  place?: (submit: ReactNode) => ReactNode;
};

/**
 * A form that is one button with hidden fields ("Hide the checklist", "Leave the preview"):
 * the server action, a spinner while it runs, its refusal announced and focused, and the
 * same post without JavaScript. Unlike the form kit it needs neither react-hook-form nor
 * zod — which a layout's banner would otherwise put in the first script of every page.
 * Forms with fields use the kit (`useActionForm`).
 */
export function ActionButtonForm({
  action,
  fields,
  pendingText,
  formClassName,
  after,
  success,
  onSuccess,
  place = (submit) => submit,
  children,
  ...button
}: ActionButtonFormProps) {
  const t = useTranslations("ui");
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(action, idleState);
  const alertRef = useRef<HTMLDivElement>(null);
  const problem = !pending && state.status === "error" ? state.message : undefined;
  // A refusal has no field to focus: keyboard and screen-reader users are taken to it.
  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem, state]);
  const onSuccessRef = useRef(onSuccess);
  useEffect(() => {
    onSuccessRef.current = onSuccess;
  });
  useEffect(() => {
    if (state.status === "success") onSuccessRef.current?.(state);
  }, [state]);
  return (
    <form action={dispatch} className={formClassName}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {problem && (
        <Alert ref={alertRef} tone="error" tabIndex={-1} data-form-alert="">
          {problem}
        </Alert>
      )}
      {success && !pending && state.status === "success" && <Alert tone="success">{success}</Alert>}
      {place(
        <Button type="submit" loading={pending} loadingText={pendingText ?? t("working")} {...button}>
          {children}
        </Button>,
      )}
      {after}
    </form>
  );
}
