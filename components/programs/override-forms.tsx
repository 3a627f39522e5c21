"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadClearOverride = () => import("@/lib/programs/schema").then((module) => module.clearOverrideSchema);
const loadOverride = () => import("@/lib/programs/schema").then((module) => module.overrideSchema);

type Props = { tenant: string; partnerId: string; action: ServerAction; onDone?: () => void };

/** A channel manager's tier with a reason (shown to both sides) and an optional last day. */
export function OverrideForm({ tenant, partnerId, action, onDone, tiers }: Props & { tiers: SelectOption[] }) {
  const t = useTranslations("programs.override");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({
    issues: { "programs.validation": issues },
    action,
    schema: loadOverride,
    defaultValues: { tierId: "", reason: "", until: "" },
    hidden: { tenant, partnerId },
    onSuccess: () => onDone?.(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="tierId" label={t("tier")} required>
        <Select options={tiers} placeholder={t("tierPlaceholder")} />
      </Field>
      <Field name="reason" label={t("reason")} hint={t("reasonHint")} required>
        <Textarea maxLength={500} rows={3} />
      </Field>
      <Field name="until" label={t("until")} hint={t("untilHint")} optional>
        <Input type="date" className="max-w-48" />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}

/** Ends an override now, with a reason: the partner holds the rules' tier again. */
export function ClearOverrideForm({ tenant, partnerId, action, onDone }: Props) {
  const t = useTranslations("programs.override");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({
    issues: { "programs.validation": issues },
    action,
    schema: loadClearOverride,
    defaultValues: { reason: "" },
    hidden: { tenant, partnerId },
    onSuccess: () => onDone?.(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="reason" label={t("reason")} required>
        <Textarea maxLength={500} rows={3} />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("clearing")}>{t("clear")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
