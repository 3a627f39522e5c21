"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { parseAmount, toDecimalString } from "@/lib/money";
import { spreadOldestFirst } from "@/lib/invoicing/spread";

/** An open invoice as the form lists it: number, due day and balance already written for the reader. */
export type OpenInvoiceRow = { id: string; number: string; due: string; balance: string };

const minorOf = (text: string | undefined, currency: string): bigint | null => {
  try {
    return parseAmount((text ?? "").replace(/[\s_']/g, "") || "0", currency);
  } catch {
    return null;
  }
};

/** The default rows: `amount` spread over the invoices, oldest due first. */
export function spreadRows(amount: string, invoices: readonly OpenInvoiceRow[], currency: string): { invoiceId: string; amount: string }[] {
  const parts = spreadOldestFirst(minorOf(amount, currency) ?? 0n, invoices.map((i) => minorOf(i.balance, currency) ?? 0n));
  return invoices.map((invoice, i) => ({ invoiceId: invoice.id, amount: toDecimalString(parts[i]!, currency) }));
}

/**
 * One amount per open invoice (oldest due first), filled from `amountField` by "Spread oldest
 * first" and editable; what the rows leave of the amount is shown as the credit it becomes.
 * The server checks every row again under the invoices' locks.
 */
export function ApplicationRows({ invoices, currency, total }: { invoices: readonly OpenInvoiceRow[]; currency: string; total: { field?: string; fixed?: string } }) {
  const t = useTranslations("invoicing.payment");
  const { control, setValue } = useFormContext();
  const watched = useWatch({ control, name: total.field ?? "amount" }) as string | undefined;
  const rows = useWatch({ control, name: "applications" }) as { amount?: string }[] | undefined;
  const amount = total.fixed ?? watched ?? "";
  const received = minorOf(amount, currency);
  const applied = (rows ?? []).reduce<bigint | null>((sum, row) => {
    const part = minorOf(row?.amount, currency);
    return sum === null || part === null ? null : sum + part;
  }, 0n);
  const leftover = received !== null && applied !== null && received >= applied ? received - applied : null;
  if (!invoices.length) return <p className="text-sm text-slate-700">{t("noOpen", { currency })}</p>;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-900">{t("applyLegend", { currency })}</legend>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() => spreadRows(amount, invoices, currency).forEach((row, i) => setValue(`applications.${i}.amount`, row.amount, { shouldDirty: true }))}
        >
          {t("spread")}
        </Button>
        <p className="text-sm text-slate-700">{t("spreadHint")}</p>
      </div>
      <ul className="space-y-3">
        {invoices.map((invoice, i) => (
          <li key={invoice.id} data-application={invoice.number}>
            <input type="hidden" value={invoice.id} {...control.register(`applications.${i}.invoiceId`)} />
            <Field name={`applications.${i}.amount`} label={t("invoiceRow", { invoice: invoice.number, due: invoice.due, balance: invoice.balance })}>
              <Input inputMode="decimal" maxLength={20} autoComplete="off" />
            </Field>
          </li>
        ))}
      </ul>
      {leftover !== null && (
        <p className="text-sm text-slate-700" aria-live="polite" data-leftover="">
          {t("leftover", { amount: `${toDecimalString(leftover, currency)} ${currency}` })}
        </p>
      )}
    </fieldset>
  );
}
