"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { CreditNoteFormProps } from "./credit-note-form";
import type { PaymentFormProps } from "./payment-form";

// Loaded when a dialog first opens: the form kit and the schemas stay out of the page's first script.
const PaymentForm = dynamic(() => import("./payment-form").then((m) => m.PaymentForm), { loading: () => <DialogLoading /> });
const CreditNoteForm = dynamic(() => import("./credit-note-form").then((m) => m.CreditNoteForm), { loading: () => <DialogLoading /> });

/** "Record payment" on an invoice with an open balance. */
export function PaymentDialog(props: Omit<PaymentFormProps, "onDone">) {
  const t = useTranslations("invoicing.payment");
  return (
    <DialogShell trigger={<Button>{t("trigger")}</Button>} title={t("title", { invoice: props.invoice.number })} description={t("description")} wide>
      <PaymentForm {...props} />
    </DialogShell>
  );
}

/** "Issue credit note" on an invoice with an open balance. */
export function CreditNoteDialog(props: Omit<CreditNoteFormProps, "onDone">) {
  const t = useTranslations("invoicing.creditNote");
  return (
    <DialogShell trigger={<Button variant="secondary">{t("trigger")}</Button>} title={t("title")} description={t("description")} wide>
      <CreditNoteForm {...props} />
    </DialogShell>
  );
}
