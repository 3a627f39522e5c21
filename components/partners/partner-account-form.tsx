"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import { MAX_SEAT_LIMIT } from "@/lib/partners/constants";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadUpdatePartnerAccount = () => import("@/lib/partners/schema").then((module) => module.updatePartnerAccountSchema);

export type PartnerAccountFormProps = {
  tenant: string;
  partnerId: string;
  action: ServerAction;
  current: { seatLimit: number | null; channelManagerId: string | null };
  /** The vendor users who may be named (partners.manage), plus today's if no longer eligible. */
  managers: SelectOption[];
};

/** The vendor's rules for one partner: its channel manager and its seat limit. */
export function PartnerAccountForm({ tenant, partnerId, action, current, managers }: PartnerAccountFormProps) {
  const t = useTranslations("team.account");
  const issues = useTranslations("team.validation");
  const kit = useActionForm({
    action,
    issues: { "team.validation": issues },
    schema: loadUpdatePartnerAccount,
    defaultValues: {
      seatLimit: current.seatLimit === null ? "" : String(current.seatLimit),
      channelManagerId: current.channelManagerId ?? "",
    },
    hidden: { tenant, partnerId },
  });
  return (
    <Form kit={kit} className="space-y-5">
      <FormAlert success={t("saved")} />
      <Field name="channelManagerId" label={t("channelManager")} hint={t("channelManagerHint")}>
        <Select options={[{ value: "", label: t("noChannelManager") }, ...managers]} />
      </Field>
      <Field name="seatLimit" label={t("seatLimit")} hint={t("seatLimitHint")}>
        <Input
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={String(MAX_SEAT_LIMIT).length}
          placeholder={t("seatLimitNone")}
          className="max-w-40"
        />
      </Field>
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}
