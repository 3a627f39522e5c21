import { randomBytes } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { money } from "@/components/pricing/money";
import type { ServerAction } from "@/lib/http/action-state";
import type { OpenCredit } from "@/lib/invoicing/account";
import { toDecimalString } from "@/lib/money";
import type { OpenInvoiceRow } from "./application-rows";
import { CreditSpreadDialog } from "./payment-dialogs";
import type { SpreadCredit } from "./credit-spread-form";

/**
 * The partner's unapplied credit in one currency — payments with money left and credit notes
 * not yet applied (credit on account) — for finance: on an invoice's page one button per
 * credit applies what it can to that invoice; with several open invoices, "Apply across
 * invoices" spreads it. A credit note's buttons carry a key made for this page view, so a
 * double click applies once.
 */
export async function CreditList({
  tenant,
  credits,
  currency,
  invoices,
  here,
  actions,
}: {
  tenant: string;
  credits: readonly OpenCredit[];
  currency: string;
  invoices: OpenInvoiceRow[];
  /** the invoice whose page this is: its id and open balance */
  here?: { invoiceId: string; balanceMinor: bigint };
  actions: { applyPayment: ServerAction; applyCredit: ServerAction };
}) {
  const [t, locale] = await Promise.all([getTranslations("invoicing.credit"), getLocale()]);
  const decimal = (minor: bigint) => toDecimalString(minor, currency);
  return (
    <ul className="space-y-3" aria-label={t("title")} data-credit-list="">
      {credits.map((credit) => {
        const key = randomBytes(16).toString("hex");
        const spread: SpreadCredit =
          credit.source === "PAYMENT"
            ? { source: "PAYMENT", id: credit.id, left: decimal(credit.leftMinor) }
            : { source: "CREDIT_NOTE", id: credit.id, left: decimal(credit.leftMinor), idempotencyKey: key };
        const amount = here ? (credit.leftMinor < here.balanceMinor ? credit.leftMinor : here.balanceMinor) : 0n;
        const application: Record<string, string> = here
          ? { "applications.0.invoiceId": here.invoiceId, "applications.0.amount": decimal(amount) }
          : {};
        return (
          <li
            key={credit.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 p-3 text-sm"
            data-credit={credit.source}
          >
            <span className="[overflow-wrap:anywhere]">
              {t("payment", {
                source: credit.source,
                reference: credit.reference,
                left: money(credit.leftMinor, credit.currency, locale),
              })}
            </span>
            <span className="flex flex-wrap gap-2">
              {here && (
                <ActionButtonForm
                  action={credit.source === "PAYMENT" ? actions.applyPayment : actions.applyCredit}
                  variant="secondary"
                  size="sm"
                  fields={
                    credit.source === "PAYMENT"
                      ? { tenant, paymentId: credit.id, ...application }
                      : { tenant, creditNoteId: credit.id, idempotencyKey: key, ...application }
                  }
                  pendingText={t("applying")}
                  success={t("done")}
                >
                  {t("apply", { amount: money(amount, currency, locale) })}
                </ActionButtonForm>
              )}
              {invoices.length > (here ? 1 : 0) && (
                <CreditSpreadDialog
                  tenant={tenant}
                  reference={credit.reference}
                  credit={spread}
                  currency={currency}
                  invoices={invoices}
                  action={credit.source === "PAYMENT" ? actions.applyPayment : actions.applyCredit}
                />
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
