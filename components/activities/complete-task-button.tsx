"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import type { ServerAction } from "@/lib/http/action-state";

/** "Mark done" on a task, sent with the version it was shown at (a stale tab is refused). */
export function CompleteTaskButton({
  tenant,
  task,
  action,
}: {
  tenant: string;
  task: { id: string; version: number; title: string };
  action: ServerAction;
}) {
  const t = useTranslations("activities.task");
  const router = useRouter();
  const kit = useActionForm({
    action,
    hidden: { tenant, activityId: task.id, version: String(task.version) },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-2">
      <FormAlert fieldSummary={false} />
      <FormSubmit size="sm" variant="secondary" pendingText={t("completing")}>
        <Check aria-hidden="true" />
        {t("complete")}
        <span className="sr-only"> ({task.title})</span>
      </FormSubmit>
    </Form>
  );
}
