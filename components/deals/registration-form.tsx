"use client";

import { useTranslations } from "next-intl";
import { FormSection } from "@/components/forms/form-section";
import { Field, FieldArray, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { MAX_LINES } from "@/lib/deals/constants";
import type { ClaimAnswer } from "@/lib/deals/types";
import type { ServerAction } from "@/lib/http/action-state";
import { ClaimCheck } from "./claim-check";
import { AmountFields, CustomerFields, type CustomerOptions } from "./customer-fields";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadRegistration = () => import("@/lib/deals/schema").then((module) => module.registrationSchema);

export type RegistrationFormProps = CustomerOptions & {
  tenant: string;
  action: ServerAction;
  check: ServerAction<ClaimAnswer>;
  /** made by the page for this form: a double submit finds the first registration */
  submissionKey: string;
  currencies: string[];
  currency: string;
  today: string;
  /** Pre-filled values (an accepted lead being converted: lib/leads/convert.ts). */
  initial?: Partial<Record<"title" | "customerName" | "website" | "country" | "region" | "postalCode" | "industry" | "contactName" | "contactEmail" | "contactPhone" | "amount" | "notes", string>>;
  /** More hidden values the action needs (the lead's id). */
  extraHidden?: Record<string, string>;
};

/**
 * A partner registers a deal: the customer (with "is it already claimed?"), the contact,
 * value and expected close, competition and the products as lines. The answer names only
 * the partner's own registration; what it collides with stays with the vendor.
 */
export function RegistrationForm({ tenant, action, check, submissionKey, currencies, currency, today, countries, industries, initial = {}, extraHidden = {} }: RegistrationFormProps) {
  const t = useTranslations("deals.form");
  const kit = useActionForm({
    action,
    schema: loadRegistration,
    defaultValues: {
      title: "",
      customerName: "",
      website: "",
      taxId: "",
      country: "",
      region: "",
      postalCode: "",
      industry: "",
      contactName: "",
      contactEmail: "",
      contactPhone: "",
      amount: "",
      currency,
      expectedCloseOn: "",
      competition: "",
      notes: "",
      lines: [],
      ...initial,
    },
    hidden: { tenant, submissionKey, ...extraHidden },
  });
  return (
    <Form kit={kit} className="space-y-6">
      <FormAlert />
      <FormSection id="customer-heading" title={t("customerSection")}>
        <CustomerFields countries={countries} industries={industries} />
        <ClaimCheck tenant={tenant} action={check} />
      </FormSection>
      <FormSection id="contact-heading" title={t("contactSection")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="contactName" label={t("contactName")} required>
            <Input autoComplete="off" maxLength={120} />
          </Field>
          <Field name="contactEmail" label={t("contactEmail")} optional>
            <Input type="email" autoComplete="off" maxLength={254} />
          </Field>
          <Field name="contactPhone" label={t("contactPhone")} optional>
            <Input type="tel" autoComplete="off" maxLength={40} />
          </Field>
        </div>
      </FormSection>
      <FormSection id="deal-heading" title={t("dealSection")}>
        <Field name="title" label={t("title")} hint={t("titleHint")} required>
          <Input maxLength={160} />
        </Field>
        <AmountFields currencies={currencies} dateField="expectedCloseOn" dateLabel={t("expectedCloseOn")} today={today} />
        <Field name="competition" label={t("competition")} hint={t("competitionHint")} optional>
          <Input maxLength={500} />
        </Field>
        <Field name="notes" label={t("notes")} optional>
          <Textarea rows={3} maxLength={2000} />
        </Field>
        <FieldArray
          name="lines"
          legend={t("lines")}
          newRow={() => ({ description: "", quantity: "1" })}
          rowLabel={(index) => t("line", { number: index + 1 })}
          addLabel={t("addLine")}
          removeLabel={(index) => t("removeLine", { number: index + 1 })}
          announce={{ added: (index) => t("lineAdded", { number: index + 1 }), removed: (index) => t("lineRemoved", { number: index + 1 }) }}
          max={MAX_LINES}
        >
          {({ name }) => (
            <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
              <Field name={name("description")} label={t("lineDescription")} required>
                <Input maxLength={200} />
              </Field>
              <Field name={name("quantity")} label={t("quantity")} required>
                <Input inputMode="numeric" maxLength={7} />
              </Field>
            </div>
          )}
        </FieldArray>
      </FormSection>
      <FormSubmit pendingText={t("submitting")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
