"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPayClaim = () => import("@/lib/coop/schema").then((module) => module.payClaimSchema);

export type PayFormProps = {
  tenant: string;
  claim: { id: string; version: number };
  /** the approved amount, formatted */
  amount: string;
  /** open invoices of the partner that can take the whole amount, oldest first (balances formatted, before → after) */
  invoices: { invoiceId: string; number: string; balance: string; after: string }[];
  payout: { expenseAccount: string; bankAccount: string };
  action: ServerAction;
};

/**
 * Paying an approved claim, with what it will post before anyone clicks: a credit note on one
 * of the partner's open invoices (its balance before and after) or, when none can take the
 * whole amount, on the partner's account (lib/invoicing credit on account), or a payout (the program's
 * expense account debited, the bank credited). Either way the ledger releases the claim's
 * reservation and records the payment — the fund's available balance does not move.
 */
export function PayForm({ tenant, claim, amount, invoices, payout, action }: PayFormProps) {
  const t = useTranslations("coopAdmin.pay");
  const kit = useActionForm({
    action,
    schema: loadPayClaim,
    defaultValues: { method: "CREDIT_NOTE", invoiceId: invoices[0]?.invoiceId ?? "", reference: "" },
    hidden: { tenant, claimId: claim.id, version: String(claim.version) },
    issues: { "coop.validation": useTranslations("coop.validation") },
  });
  const method = kit.form.watch("method") as "CREDIT_NOTE" | "PAYOUT";
  const invoiceId = kit.form.watch("invoiceId") as string;
  const chosen = invoices.find((i) => i.invoiceId === invoiceId) ?? invoices[0];
  return (
    <Form kit={kit} className="space-y-4" aria-labelledby="pay-title">
      <h3 id="pay-title" className="text-sm font-semibold text-slate-900">
        {t("title", { amount })}
      </h3>
      <FormAlert success={t("done")} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">{t("method")}</legend>
        <div className="flex flex-col gap-2 text-sm sm:flex-row sm:gap-6">
          <label className="inline-flex items-center gap-2">
            <input type="radio" value="CREDIT_NOTE" {...kit.form.register("method")} className="size-4 accent-brand-700" />
            {t("creditNote")}
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" value="PAYOUT" {...kit.form.register("method")} className="size-4 accent-brand-700" />
            {t("payout")}
          </label>
        </div>
        {method === "CREDIT_NOTE" && !invoices.length && <p className="text-sm text-slate-700">{t("noInvoice", { amount })}</p>}
      </fieldset>
      {method === "CREDIT_NOTE" && invoices.length > 0 && (
        <Field name="invoiceId" label={t("invoice")} hint={t("invoiceHint")} required>
          <Select options={invoices.map((i) => ({ value: i.invoiceId, label: t("invoiceOption", { number: i.number, balance: i.balance }) }))} />
        </Field>
      )}
      {method === "PAYOUT" && (
        <Field name="reference" label={t("reference")} hint={t("referenceHint")} optional>
          <Input maxLength={100} autoComplete="off" className="max-w-80" />
        </Field>
      )}
      <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" aria-live="polite">
        <p className="font-medium text-slate-900">{t("willPost")}</p>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-800">
          {method === "CREDIT_NOTE" && chosen ? (
            <>
              <li>{t("previewCreditNote", { amount, number: chosen.number })}</li>
              <li>{t("previewBalance", { number: chosen.number, before: chosen.balance, after: chosen.after })}</li>
              <li>{t("previewJournalCredit")}</li>
            </>
          ) : method === "CREDIT_NOTE" ? (
            <>
              <li>{t("previewOnAccount", { amount })}</li>
              <li>{t("previewJournalCredit")}</li>
            </>
          ) : (
            <li>{t("previewPayout", { amount, expense: payout.expenseAccount, bank: payout.bankAccount })}</li>
          )}
          <li>{t("previewLedger", { amount })}</li>
        </ul>
      </div>
      <FormSubmit pendingText={t("working")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
