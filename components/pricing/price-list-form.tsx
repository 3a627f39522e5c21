"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import type { PriceListTargetValue } from "@/lib/pricing/schema";
import { PARTNER_TYPES } from "@/lib/partners/constants";
import type { PriceListDetail } from "@/lib/pricing/types";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCreatePriceList = () => import("@/lib/pricing/schema").then((module) => module.createPriceListSchema);
const loadUpdatePriceList = () => import("@/lib/pricing/schema").then((module) => module.updatePriceListSchema);

export type PriceListFormProps = {
  tenant: string;
  action: ServerAction;
  partners: SelectOption[];
  /** targets offered (TIER once the workspace has program tiers) */
  targets: readonly PriceListTargetValue[];
  tiers: SelectOption[];
  currency: string;
  today: string;
  /** Edit: the list as loaded, with its version. */
  list?: PriceListDetail;
  onDone?: () => void;
};

/** A price list's settings: name, whom it is for, currency, validity, list-wide percentage. */
export function PriceListForm({ tenant, action, partners, targets, tiers, currency, today, list, onDone }: PriceListFormProps) {
  const t = useTranslations("pricing.form");
  const types = useTranslations("enums.partnerType");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: list ? loadUpdatePriceList : loadCreatePriceList,
    defaultValues: {
      name: list?.name ?? "",
      description: list?.description ?? "",
      target: list?.target ?? targets[0] ?? "BASE",
      partnerType: list?.partnerType ?? "",
      partnerId: list?.partner?.id ?? "",
      tierId: list?.tierId ?? "",
      currency: list?.currency ?? currency,
      validFrom: list?.validFrom ?? today,
      validUntil: list?.validUntil ?? "",
      adjustPercent: list?.adjustPercent ?? "",
    },
    hidden: list ? { tenant, listId: list.id, version: String(list.version) } : { tenant },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  const target = kit.form.watch("target") as PriceListTargetValue;
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={list ? t("saved") : undefined} />
      <Field name="name" label={t("name")} required>
        <Input maxLength={120} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="target" label={t("target")} hint={t(`targetHint.${target}`)} required>
          <Select options={targets.map((value) => ({ value, label: t(`targets.${value}`) }))} />
        </Field>
        {target === "PARTNER_TYPE" && (
          <Field name="partnerType" label={t("partnerType")} required>
            <Select placeholder={t("choose")} options={PARTNER_TYPES.map((value) => ({ value, label: types(value) }))} />
          </Field>
        )}
        {target === "PARTNER" && (
          <Field name="partnerId" label={t("partner")} required>
            <Select placeholder={t("choose")} options={partners} />
          </Field>
        )}
        {target === "TIER" && (
          <Field name="tierId" label={t("tier")} required>
            <Select placeholder={t("choose")} options={tiers} />
          </Field>
        )}
        <Field name="currency" label={t("currency")} required>
          <Input maxLength={3} autoCapitalize="characters" spellCheck={false} className="uppercase" />
        </Field>
        {target !== "BASE" && (
          <Field name="adjustPercent" label={t("adjustPercent")} hint={t("adjustPercentHint")} optional>
            <Input inputMode="decimal" maxLength={10} placeholder="-10" />
          </Field>
        )}
        <Field name="validFrom" label={t("validFrom")} required>
          <Input type="date" />
        </Field>
        <Field name="validUntil" label={t("validUntil")} hint={t("validUntilHint")} optional>
          <Input type="date" />
        </Field>
      </div>
      <Field name="description" label={t("description")} optional>
        <Textarea maxLength={1000} rows={2} />
      </Field>
      <FormSubmit pendingText={t("saving")}>{list ? t("save") : t("create")}</FormSubmit>
    </Form>
  );
}
