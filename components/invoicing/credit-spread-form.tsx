"use client";

import { useTranslations } from "next-intl";
import { Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import type { ServerAction } from "@/lib/http/action-state";
import { applyPaymentSchema } from "@/lib/invoicing/schema";
import { ApplicationRows, spreadRows, type OpenInvoiceRow } from "./application-rows";

export type CreditSpreadFormProps = {
  tenant: string;
  /** the payment with money left: its id and what is left (a decimal of its currency) */
  payment: { id: string; left: string };
  currency: string;
  invoices: OpenInvoiceRow[];
  action: ServerAction;
  onDone?: () => void;
};

/** The partner's unapplied credit (one payment's rest) spread over its open invoices in one step. */
export function CreditSpreadForm({ tenant, payment, currency, invoices, action, onDone }: CreditSpreadFormProps) {
  const t = useTranslations("invoicing.payment");
  const credit = useTranslations("invoicing.credit");
  const issues = useTranslations("invoicing.validation");
  const kit = useActionForm({
    action,
    schema: applyPaymentSchema,
    defaultValues: { applications: spreadRows(payment.left, invoices, currency) },
    hidden: { tenant, paymentId: payment.id },
    issues: { "invoicing.validation": issues },
    ...(onDone ? { onSuccess: onDone } : {}),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <ApplicationRows invoices={invoices} currency={currency} total={{ fixed: payment.left }} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={credit("applying")}>{credit("submit")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
