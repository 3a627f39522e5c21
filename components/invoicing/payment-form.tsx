"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import { PAYMENT_METHODS } from "@/lib/invoicing/constants";
import { ApplicationRows, spreadRows, type OpenInvoiceRow } from "./application-rows";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadRecordPayment = () => import("@/lib/invoicing/schema").then((module) => module.recordPaymentSchema);

export type PaymentFormProps = {
  tenant: string;
  partnerId: string;
  currency: string;
  /** the amount received by default (an invoice's balance on its page) */
  amount: string;
  /** the partner's open invoices in this currency, oldest due first */
  invoices: OpenInvoiceRow[];
  /** the tenant's today (YYYY-MM-DD): the day received by default */
  today: string;
  /** made by the page for this view: a double submit or a retried post records one payment */
  idempotencyKey: string;
  action: ServerAction;
  onDone?: () => void;
};

/**
 * A payment received from the partner: the amount, the day, method and reference, and how
 * much of it goes to each open invoice — spread oldest due first by default, each row
 * editable. Anything not applied stays on the partner's account as credit.
 */
export function PaymentForm({ tenant, partnerId, currency, amount, invoices, today, idempotencyKey, action, onDone }: PaymentFormProps) {
  const t = useTranslations("invoicing.payment");
  const methods = useTranslations("invoicing.methods");
  const issues = useTranslations("invoicing.validation");
  const kit = useActionForm({
    action,
    schema: loadRecordPayment,
    defaultValues: { amount, receivedOn: today, method: "BANK_TRANSFER", reference: "", applications: spreadRows(amount, invoices, currency) },
    hidden: { tenant, partnerId, currency, idempotencyKey },
    issues: { "invoicing.validation": issues },
    ...(onDone ? { onSuccess: onDone } : {}),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="amount" label={t("amount", { currency })} hint={t("amountHint")} required>
          <Input inputMode="decimal" maxLength={20} autoComplete="off" />
        </Field>
        <Field name="receivedOn" label={t("receivedOn")} required>
          <Input type="date" />
        </Field>
        <Field name="method" label={t("method")} required>
          <Select options={PAYMENT_METHODS.map((value) => ({ value, label: methods(value) }))} />
        </Field>
        <Field name="reference" label={t("reference")} hint={t("referenceHint")} required>
          <Input maxLength={100} autoComplete="off" />
        </Field>
      </div>
      <ApplicationRows invoices={invoices} currency={currency} total={{ field: "amount" }} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("submit")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
