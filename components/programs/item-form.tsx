"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import { ONBOARDING_ITEM_KINDS } from "@/lib/programs/constants";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCreateItem = () => import("@/lib/programs/schema").then((module) => module.createItemSchema);

type ItemFormProps = { tenant: string; programId: string; action: ServerAction; onDone?: () => void };

/** A checklist item of the program: kind, title, description ("Add an item", ./program-dialogs.tsx). */
export function ItemForm({ tenant, programId, action, onDone }: ItemFormProps) {
  const t = useTranslations("programs.checklist");
  const kinds = useTranslations("programs.itemKinds");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({
    issues: { "programs.validation": issues },
    action,
    schema: loadCreateItem,
    defaultValues: { kind: "CERTIFICATION", title: "", description: "" },
    hidden: { tenant, programId },
    onSuccess: () => onDone?.(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="kind" label={t("kind")} hint={t("kindHint")} required>
        <Select options={ONBOARDING_ITEM_KINDS.map((value) => ({ value, label: kinds(value) }))} />
      </Field>
      <Field name="title" label={t("itemTitle")} required>
        <Input maxLength={120} />
      </Field>
      <Field name="description" label={t("itemDescription")} hint={t("itemDescriptionHint")} optional>
        <Textarea maxLength={500} rows={3} />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("adding")}>{t("add")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
