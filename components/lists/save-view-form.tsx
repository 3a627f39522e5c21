"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadSaveView = () => import("@/lib/lists/saved-view-schema").then((module) => module.saveViewSchema);

/**
 * "Save this view": the name of the list's current state (`query`). Loaded when the person
 * first asks to save (./saved-views.tsx), so the form kit (react-hook-form) stays out of the
 * list page's first script.
 */
export function SaveViewForm({
  tenant,
  query,
  save,
  onDone,
}: {
  tenant: string;
  query: string;
  save: ServerAction;
  onDone: () => void;
}) {
  const t = useTranslations("savedViews");
  const kit = useActionForm({
    action: save,
    schema: loadSaveView,
    defaultValues: { name: "" },
    hidden: { tenant, query },
    onSuccess: onDone,
  });
  return (
    <Form
      kit={kit}
      className="flex flex-wrap items-end gap-2 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
      aria-label={t("save")}
    >
      <FormAlert />
      <Field name="name" label={t("name")} hint={t("hint")} className="min-w-0 flex-1 sm:max-w-xs">
        <Input maxLength={60} autoFocus />
      </Field>
      <FormSubmit size="sm" pendingText={t("saving")}>
        {t("submit")}
      </FormSubmit>
      <Button type="button" variant="ghost" size="sm" onClick={onDone}>
        {t("cancel")}
      </Button>
    </Form>
  );
}
