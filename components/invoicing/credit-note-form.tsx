"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCreditNote = () => import("@/lib/invoicing/schema").then((module) => module.creditNoteSchema);

export type CreditNoteFormProps = {
  tenant: string;
  invoice: { id: string; currency: string; balance: string };
  /** the invoice's lines with the units that may still be credited */
  lines: { id: string; sku: string; name: string; left: number }[];
  action: ServerAction;
  onDone?: () => void;
};

/**
 * A credit note with its reason: an amount (tax included, split across the invoice's rates
 * by the server) or units of its lines (priced as invoiced). At most the open balance, unless
 * finance ticks "on account": then what the balance cannot take (all of it on a paid invoice)
 * stays on the partner's account as credit for later invoices.
 */
export function CreditNoteForm({ tenant, invoice, lines, action, onDone }: CreditNoteFormProps) {
  const t = useTranslations("invoicing.creditNote");
  const issues = useTranslations("invoicing.validation");
  const [mode, setMode] = useState<"amount" | "lines">("amount");
  const kit = useActionForm({
    action,
    schema: loadCreditNote,
    defaultValues: { reason: "", amount: "", lines: lines.map((l) => ({ invoiceLineId: l.id, quantity: "0" })), onAccount: invoice.balance === "0" || invoice.balance === "0.00" },
    hidden: { tenant, invoiceId: invoice.id },
    issues: { "invoicing.validation": issues },
    ...(onDone ? { onSuccess: onDone } : {}),
  });
  const register = useRegister(kit.form);
  const choose = (next: "amount" | "lines") => {
    setMode(next);
    // only one of the two is sent: the other goes back to empty
    if (next === "lines") kit.form.setValue("amount", "");
    else lines.forEach((_, i) => kit.form.setValue(`lines.${i}.quantity`, "0"));
  };
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">{t("mode")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["amount", "lines"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input type="radio" name="creditMode" value={value} checked={mode === value} onChange={() => choose(value)} className="size-4 accent-brand-700" />
              {t(`modes.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {mode === "amount" ? (
        <Field name="amount" label={t("amount", { currency: invoice.currency })} hint={t("amountHint", { balance: invoice.balance })} required>
          <Input inputMode="decimal" maxLength={20} autoComplete="off" className="max-w-60" />
        </Field>
      ) : (
        <div className="space-y-3">
          {lines.map((line, index) => (
            <div key={line.id} className="grid items-end gap-2 sm:grid-cols-[1fr_8rem]">
              <input type="hidden" {...kit.form.register(`lines.${index}.invoiceLineId`)} />
              <p className="text-sm text-slate-900 [overflow-wrap:anywhere]">
                <span className="font-mono">{line.sku}</span> · {line.name} — {t("left", { left: line.left })}
              </p>
              <Field name={`lines.${index}.quantity`} label={t("units", { sku: line.sku })}>
                <Input inputMode="numeric" maxLength={7} disabled={line.left === 0} />
              </Field>
            </div>
          ))}
        </div>
      )}
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" {...register("onAccount", { type: "checkbox" })} aria-describedby="onAccount-hint" className="mt-0.5 size-4 shrink-0 accent-brand-700" />
        <span>
          <span className="block font-medium text-slate-900">{t("onAccount")}</span>
          <span id="onAccount-hint" className="block text-slate-600">
            {t("onAccountHint")}
          </span>
        </span>
      </label>
      <Field name="reason" label={t("reason")} required>
        <Textarea rows={3} maxLength={1000} />
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
