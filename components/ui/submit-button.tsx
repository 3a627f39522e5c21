"use client";

import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Button, type ButtonProps } from "./button";

export type SubmitButtonProps = Omit<ButtonProps, "type" | "loading" | "asChild"> & {
  /** Text while the form is submitting. Defaults to "Working…"; pass e.g. "Saving…". */
  pendingText?: string;
};

/**
 * A submit button that shows a spinner, aria-busy and `pendingText` while its parent
 * <form> (server action or useActionState) is pending. Must be rendered inside the form.
 */
export function SubmitButton({ pendingText, children, ...props }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  const t = useTranslations("ui");
  return (
    <Button type="submit" loading={pending} loadingText={pendingText ?? t("working")} {...props}>
      {children}
    </Button>
  );
}
