"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { CreditSpreadFormProps } from "./credit-spread-form";
import type { PaymentFormProps } from "./payment-form";

// Loaded when a dialog first opens: the form kit and the schemas stay out of the page's first script.
const PaymentForm = dynamic(() => import("./payment-form").then((m) => m.PaymentForm), { loading: () => <DialogLoading /> });
const CreditSpreadForm = dynamic(() => import("./credit-spread-form").then((m) => m.CreditSpreadForm), { loading: () => <DialogLoading /> });

/** "Record payment" from a partner, spread over its open invoices (an invoice's page, the statement). */
export function PaymentDialog({ partnerName, ...props }: Omit<PaymentFormProps, "onDone"> & { partnerName: string }) {
  const t = useTranslations("invoicing.payment");
  return (
    <DialogShell trigger={<Button>{t("trigger")}</Button>} title={t("title", { partner: partnerName })} description={t("description")} wide>
      <PaymentForm {...props} />
    </DialogShell>
  );
}

/** "Apply across invoices": one payment's or credit note's unapplied rest spread over the partner's open invoices. */
export function CreditSpreadDialog({ reference, ...props }: Omit<CreditSpreadFormProps, "onDone"> & { reference: string }) {
  const t = useTranslations("invoicing.credit");
  return (
    <DialogShell
      trigger={<Button variant="secondary">{t("spreadTrigger")}</Button>}
      title={t("spreadTitle", { reference, source: props.credit.source })}
      description={t("spreadDescription", { left: `${props.credit.left} ${props.currency}`, source: props.credit.source })}
      wide
    >
      <CreditSpreadForm {...props} />
    </DialogShell>
  );
}
