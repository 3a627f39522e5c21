"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { CountryPicker } from "@/components/forms/pickers";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import type { AccountDetail } from "@/lib/accounts/types";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCreateAccount = () => import("@/lib/accounts/schema").then((module) => module.createAccountSchema);
const loadCreateOwnAccount = () => import("@/lib/accounts/schema").then((module) => module.createOwnAccountSchema);
const loadUpdateAccount = () => import("@/lib/accounts/schema").then((module) => module.updateAccountSchema);

export type AccountFormProps = {
  tenant: string;
  action: ServerAction;
  countries: ComboboxOption[];
  industries: SelectOption[];
  /** Vendor create: who owns it ("" = direct). Absent in the portal (always the reader's partner). */
  owners?: SelectOption[];
  /** Edit: the account as loaded, with its version. */
  account?: AccountDetail;
  onDone?: () => void;
};

/** New account or edit of one, for the back office and the portal alike. */
export function AccountForm({ tenant, action, countries, industries, owners, account, onDone }: AccountFormProps) {
  const t = useTranslations("accounts.form");
  const issues = useTranslations("accounts.validation");
  const router = useRouter();
  const schema = account ? loadUpdateAccount : owners ? loadCreateAccount : loadCreateOwnAccount;
  const kit = useActionForm({
    action,
    issues: { "accounts.validation": issues },
    schema,
    defaultValues: {
      name: account?.name ?? "",
      website: account?.domain ?? "",
      taxId: account?.taxId ?? "",
      country: account?.country ?? "",
      region: account?.region ?? "",
      city: account?.city ?? "",
      postalCode: account?.postalCode ?? "",
      industry: account?.industry ?? "",
      ...(owners && !account ? { partnerId: "" } : {}),
    },
    hidden: account ? { tenant, accountId: account.id, version: String(account.version) } : { tenant },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={account ? t("saved") : undefined} />
      <Field name="name" label={t("name")} required>
        <Input autoComplete="organization" maxLength={160} />
      </Field>
      {owners && !account && (
        <Field name="partnerId" label={t("owner")} hint={t("ownerHint")}>
          <Select options={[{ value: "", label: t("direct") }, ...owners]} />
        </Field>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="website" label={t("website")} optional>
          <Input inputMode="url" maxLength={255} placeholder="example.com" />
        </Field>
        <Field name="taxId" label={t("taxId")} optional>
          <Input maxLength={40} />
        </Field>
        <Field name="country" label={t("country")} optional>
          {(control) => <CountryPicker {...control} options={countries} noneLabel={t("noCountry")} />}
        </Field>
        <Field name="region" label={t("region")} optional>
          <Input maxLength={80} />
        </Field>
        <Field name="city" label={t("city")} optional>
          <Input maxLength={80} />
        </Field>
        <Field name="postalCode" label={t("postalCode")} optional>
          <Input maxLength={16} autoComplete="postal-code" />
        </Field>
        <Field name="industry" label={t("industry")} optional>
          <Select options={[{ value: "", label: t("noIndustry") }, ...industries]} />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{account ? t("save") : t("create")}</FormSubmit>
    </Form>
  );
}
