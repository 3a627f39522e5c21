"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import { PAYMENT_METHODS, recordPaymentSchema } from "@/lib/invoicing/schema";

export type PaymentFormProps = {
  tenant: string;
  invoice: { id: string; number: string; partnerId: string; currency: string; balance: string };
  /** the tenant's today (YYYY-MM-DD): the day received by default */
  today: string;
  /** made by the page for this view: a double submit or a retried post records one payment */
  idempotencyKey: string;
  action: ServerAction;
  onDone?: () => void;
};

/**
 * A payment received from the partner: the amount, the day, method and reference, and how
 * much of it goes to this invoice (its open balance by default). Anything not applied stays
 * on the partner's account as credit, to apply to its other invoices.
 */
export function PaymentForm({ tenant, invoice, today, idempotencyKey, action, onDone }: PaymentFormProps) {
  const t = useTranslations("invoicing.payment");
  const methods = useTranslations("invoicing.methods");
  const issues = useTranslations("invoicing.validation");
  const kit = useActionForm({
    action,
    schema: recordPaymentSchema,
    defaultValues: { amount: invoice.balance, receivedOn: today, method: "BANK_TRANSFER", reference: "", applications: [{ invoiceId: invoice.id, amount: invoice.balance }] },
    hidden: { tenant, partnerId: invoice.partnerId, currency: invoice.currency, idempotencyKey },
    issues: { "invoicing.validation": issues },
    ...(onDone ? { onSuccess: onDone } : {}),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <input type="hidden" {...kit.form.register("applications.0.invoiceId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="amount" label={t("amount", { currency: invoice.currency })} hint={t("amountHint")} required>
          <Input inputMode="decimal" maxLength={20} autoComplete="off" />
        </Field>
        <Field name="applications.0.amount" label={t("apply", { invoice: invoice.number })} hint={t("applyHint", { balance: invoice.balance })} required>
          <Input inputMode="decimal" maxLength={20} autoComplete="off" />
        </Field>
        <Field name="receivedOn" label={t("receivedOn")} required>
          <Input type="date" />
        </Field>
        <Field name="method" label={t("method")} required>
          <Select options={PAYMENT_METHODS.map((value) => ({ value, label: methods(value) }))} />
        </Field>
      </div>
      <Field name="reference" label={t("reference")} hint={t("referenceHint")} required>
        <Input maxLength={100} autoComplete="off" />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("submit")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
