"use client";

import { Eye } from "lucide-react";
import { Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import type { ServerAction } from "@/lib/http/action-state";

export type StartPreviewProps = {
  tenant: string;
  partnerId: string;
  action: ServerAction;
  label: string;
  pendingLabel: string;
  /** What a preview is, for screen readers and the tooltip (it is audited, read-only). */
  hint: string;
};

/** "Preview portal": opens the partner's portal read-only (the action audits and redirects). */
export function StartPreview({ tenant, partnerId, action, label, pendingLabel, hint }: StartPreviewProps) {
  const kit = useActionForm({ action, hidden: { tenant, partnerId } });
  return (
    <Form kit={kit} className="flex flex-col items-end gap-2">
      <FormAlert />
      <FormSubmit
        variant="secondary"
        pendingText={pendingLabel}
        title={hint}
        aria-describedby={`preview-hint-${partnerId}`}
      >
        <Eye aria-hidden="true" />
        {label}
      </FormSubmit>
      <span id={`preview-hint-${partnerId}`} className="sr-only">
        {hint}
      </span>
    </Form>
  );
}
