"use client";

import { useTranslations } from "next-intl";
import { Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import type { ServerAction } from "@/lib/http/action-state";
import { ApplicationRows, spreadRows, type OpenInvoiceRow } from "./application-rows";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadApplyCredit = () => import("@/lib/invoicing/schema").then((module) => module.applyCreditSchema);
const loadApplyPayment = () => import("@/lib/invoicing/schema").then((module) => module.applyPaymentSchema);

/**
 * Credit with money left: a payment's unapplied rest or a credit note's (credit on account) —
 * its id and what is left (a decimal of its currency). A credit note's application carries
 * the key made for this page view (applied once, whatever the clicks).
 */
export type SpreadCredit = { source: "PAYMENT"; id: string; left: string } | { source: "CREDIT_NOTE"; id: string; left: string; idempotencyKey: string };

export type CreditSpreadFormProps = {
  tenant: string;
  credit: SpreadCredit;
  currency: string;
  invoices: OpenInvoiceRow[];
  action: ServerAction;
  onDone?: () => void;
};

/** The partner's unapplied credit (one payment's or credit note's rest) spread over its open invoices in one step. */
export function CreditSpreadForm({ tenant, credit: source, currency, invoices, action, onDone }: CreditSpreadFormProps) {
  const t = useTranslations("invoicing.payment");
  const credit = useTranslations("invoicing.credit");
  const issues = useTranslations("invoicing.validation");
  const kit = useActionForm({
    action,
    schema: source.source === "PAYMENT" ? loadApplyPayment : loadApplyCredit,
    defaultValues: { applications: spreadRows(source.left, invoices, currency) },
    hidden: source.source === "PAYMENT" ? { tenant, paymentId: source.id } : { tenant, creditNoteId: source.id, idempotencyKey: source.idempotencyKey },
    issues: { "invoicing.validation": issues },
    ...(onDone ? { onSuccess: onDone } : {}),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <ApplicationRows invoices={invoices} currency={currency} total={{ fixed: source.left }} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={credit("applying")}>{credit("submit")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
