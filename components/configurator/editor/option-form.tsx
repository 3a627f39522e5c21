"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { OptionDef } from "@/lib/configurator/model";
import type { ServerAction } from "@/lib/http/action-state";
import { toDecimalString } from "@/lib/money";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadOption = () => import("@/lib/configurator/schema").then((module) => module.optionSchema);

export type OptionFormProps = { tenant: string; productId: string; version: number; groupId: string; currency: string; action: ServerAction; option?: OptionDef; onDone?: () => void };

/** Adds an option to a group, or changes one: names, price adder, the catalog SKU it stands for. */
export function OptionForm({ tenant, productId, version, groupId, currency, action, option, onDone }: OptionFormProps) {
  const t = useTranslations("configurator.editor");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadOption,
    defaultValues: {
      nameEn: option?.nameEn ?? "",
      nameEs: option?.nameEs ?? "",
      adder: option ? toDecimalString(option.adderMinor, currency) : "",
      sku: option?.sku ?? "",
    },
    hidden: { tenant, productId, version: String(version), groupId, currency, ...(option ? { optionId: option.id } : {}) },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
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
        <Field name="adder" label={t("adder", { currency })} hint={t("adderHint")} optional>
          <Input inputMode="decimal" maxLength={20} placeholder="0.00" />
        </Field>
        <Field name="sku" label={t("sku")} hint={t("skuHint")} optional>
          <Input maxLength={40} autoCapitalize="characters" spellCheck={false} className="font-mono uppercase" />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{option ? t("saveOption") : t("addOption")}</FormSubmit>
    </Form>
  );
}
