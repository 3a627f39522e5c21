"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { GROUP_KINDS, type GroupDef } from "@/lib/configurator/model";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadOptionGroup = () => import("@/lib/configurator/schema").then((module) => module.optionGroupSchema);

export type GroupFormProps = { tenant: string; productId: string; version: number; action: ServerAction; group?: GroupDef; onDone?: () => void };

/** Adds an option group, or changes one: names, how options are picked, required, min/max. */
export function GroupForm({ tenant, productId, version, action, group, onDone }: GroupFormProps) {
  const t = useTranslations("configurator.editor");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadOptionGroup,
    defaultValues: {
      nameEn: group?.nameEn ?? "",
      nameEs: group?.nameEs ?? "",
      kind: group?.kind ?? "ONE",
      required: group?.required ?? false,
      minPicks: group?.minPicks === null || group?.minPicks === undefined ? "" : String(group.minPicks),
      maxPicks: group?.maxPicks === null || group?.maxPicks === undefined ? "" : String(group.maxPicks),
    },
    hidden: { tenant, productId, version: String(version), ...(group ? { groupId: group.id } : {}) },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  const register = useRegister(kit.form);
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="nameEn" label={t("nameEn")} required>
          <Input maxLength={120} lang="en" />
        </Field>
        <Field name="nameEs" label={t("nameEs")} required>
          <Input maxLength={120} lang="es" />
        </Field>
        <Field name="kind" label={t("kind")} hint={t("kindHint")} required>
          <Select options={GROUP_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
        </Field>
        <label className="flex items-center gap-3 self-end pb-2 text-sm text-slate-900">
          <input type="checkbox" {...register("required", { type: "checkbox" })} className="size-4 shrink-0 accent-brand-700" />
          {t("requiredLabel")}
        </label>
        <Field name="minPicks" label={t("minPicks")} hint={t("picksHint")} optional>
          <Input inputMode="numeric" maxLength={5} />
        </Field>
        <Field name="maxPicks" label={t("maxPicks")} optional>
          <Input inputMode="numeric" maxLength={5} />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{group ? t("saveGroup") : t("addGroup")}</FormSubmit>
    </Form>
  );
}
