"use client";

import type { ReactNode } from "react";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import type { ButtonProps } from "@/components/ui/button";
import type { ServerAction } from "@/lib/http/action-state";

export type ActionButtonProps = {
  action: ServerAction;
  fields: Record<string, string>;
  label: ReactNode;
  pendingLabel: string;
  /** Said after success (e.g. "Evaluated"); errors are said either way. */
  success?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  className?: string;
};

/** One server action behind one button, for steps that need no input ("Evaluate now", "Move up"). */
export function ActionButton({ action, fields, label, pendingLabel, success, variant = "secondary", size = "sm", className }: ActionButtonProps) {
  return (
    <ActionButtonForm
      action={action}
      fields={fields}
      formClassName={className ?? "inline-flex flex-col gap-2"}
      variant={variant}
      size={size}
      pendingText={pendingLabel}
      {...(success ? { success } : {})}
    >
      {label}
    </ActionButtonForm>
  );
}
