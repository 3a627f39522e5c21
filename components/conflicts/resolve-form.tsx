"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ResolveDialogProps } from "./resolve-dialog";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadResolveConflict = () => import("@/lib/conflicts/schema").then((module) => module.resolveConflictSchema);

/** The form inside ResolveDialog, loaded when the dialog first opens. */
export function ResolveForm({ tenant, action, conflict, onDone }: ResolveDialogProps & { onDone?: () => void }) {
  const t = useTranslations("conflicts.resolve");
  const issues = useTranslations("conflicts.validation");
  const router = useRouter();
  const kit = useActionForm({
    action,
    issues: { "conflicts.validation": issues },
    schema: loadResolveConflict,
    defaultValues: { decision: "", reason: "" },
    hidden: { tenant, conflictId: conflict.id, version: String(conflict.version) },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="decision" label={t("decision")} required>
        <Select
          placeholder={t("decisionPlaceholder")}
          options={[
            { value: "ALLOWED", label: t("allow") },
            { value: "DECLINED", label: t("decline") },
          ]}
        />
      </Field>
      <Field name="reason" label={t("reason")} hint={t("reasonHint")} required>
        <Textarea rows={3} maxLength={1000} />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("submit")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
