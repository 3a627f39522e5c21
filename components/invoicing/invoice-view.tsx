import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { creditNoteNumberText } from "@/lib/invoicing/schema";
import type { InvoiceDetail } from "@/lib/invoicing/types";

/**
 * An invoice as both sides read it: its facts (dates, terms and where they came from, order
 * and PO, shipment), its lines and the arithmetic of its totals (tax per rate on the sum of
 * the nets, rounded once), and what settled it (payments applied, credit notes).
 */

type Explanation = {
  rate?: { rateBp: number; source: "region" | "country" | "default"; country: string; region: string; name: string | null };
  terms?: { days: number; source: "partner" | "tenant" };
  tax?: { rateBp: number; baseMinor: string; exact: string; taxMinor: string }[];
};
type BillTo = { poNumber?: string | null; carrier?: string | null; tracking?: string | null; shipTo?: { name?: string; line1?: string; city?: string; region?: string; country?: string } | null };

const percent = (bp: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(bp / 100) + "\u00a0%";
// invoice dates are calendar days stored at UTC midnight
const dayOptions = { dateStyle: "long", timeZone: "UTC" } as const;

export function InvoiceFacts({ invoice, orderHref }: { invoice: InvoiceDetail; orderHref: string }) {
  const t = useTranslations("invoicing.detail");
  const format = useFormatter();
  const explanation = (invoice.explanation ?? {}) as Explanation;
  const billTo = (invoice.billTo ?? {}) as BillTo;
  const ship = billTo.shipTo;
  const rows: [string, React.ReactNode][] = [
    [t("issued"), format.dateTime(invoice.issueDate, dayOptions)],
    [t("due"), format.dateTime(invoice.dueDate, dayOptions)],
    [t("terms"), t(explanation.terms?.source === "partner" ? "termsPartner" : "termsTenant", { days: invoice.termsDays })],
    [
      t("order"),
      <Link key="order" href={orderHref} className="rounded font-medium text-brand-800 underline underline-offset-4">
        {t("orderLink")}
      </Link>,
    ],
    [t("po"), billTo.poNumber || "—"],
    [t("shipment"), billTo.carrier ? `${billTo.carrier}${billTo.tracking ? ` · ${billTo.tracking}` : ""}` : "—"],
    [t("shipTo"), ship ? [ship.name, ship.line1, ship.city, ship.region, ship.country].filter(Boolean).join(", ") : "—"],
  ];
  // Label beside value only where the card itself has room (it is the narrow column beside
  // the lines from 1024 px on): labels above values below 28rem, and the label column never
  // more than 40 % ("Número de orden de compra" left the values 36px).
  return (
    <div className="@container">
      <dl className="grid gap-y-3 text-sm @md:grid-cols-[fit-content(40%)_minmax(0,1fr)] @md:gap-x-6 @md:gap-y-2">
        {rows.map(([label, value]) => (
          <div key={label} className="min-w-0 @md:contents">
            <dt className="text-slate-700">{label}</dt>
            <dd className="font-medium text-slate-900 [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function InvoiceLines({ invoice }: { invoice: InvoiceDetail }) {
  const t = useTranslations("invoicing.detail");
  const locale = useLocale();
  const m = (amount: bigint | string) => money(amount, invoice.currency, locale);
  const explanation = (invoice.explanation ?? {}) as Explanation;
  const rate = explanation.rate;
  const totals: { label: string; value: string; note?: string; balance?: true }[] = [
    { label: t("subtotal"), value: m(invoice.subtotalMinor) },
    ...(explanation.tax ?? []).map((g) => ({
      label: t("taxAt", { rate: percent(g.rateBp, locale) }),
      value: m(g.taxMinor),
      note: t("taxRule", { base: m(g.baseMinor), rate: percent(g.rateBp, locale) }),
    })),
    { label: t("total"), value: m(invoice.totalMinor) },
    { label: t("paid"), value: m(-invoice.paidMinor) },
    { label: t("credited"), value: m(-invoice.creditedMinor) },
    { label: t("balance"), value: m(invoice.balanceMinor), balance: true },
  ];
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200" aria-label={t("linesLabel")}>
        {invoice.lines.map((line) => (
          <li key={line.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3 first:pt-0" data-invoice-line={line.sku}>
            <div className="min-w-0">
              <p className="font-medium text-slate-900 [overflow-wrap:anywhere]">
                <span className="font-mono text-sm text-slate-700">{line.sku}</span> · {line.name}
              </p>
              <p className="text-sm text-slate-700">{t("lineMath", { quantity: line.quantity, price: m(line.unitPriceMinor), rate: percent(line.taxRateBp, locale) })}</p>
            </div>
            <p className="font-semibold text-slate-900 tabular-nums">{m(line.netMinor)}</p>
          </li>
        ))}
      </ul>
      <dl className="space-y-1 border-t border-slate-200 pt-3 text-sm">
        {totals.map(({ label, value, note, balance }) => (
          <div key={label} className={balance ? "flex flex-wrap justify-between gap-x-4 border-t border-slate-200 pt-1" : "flex flex-wrap justify-between gap-x-4"}>
            <dt className="text-slate-700">
              {label}
              {note && <span className="block text-xs text-slate-600">{note}</span>}
            </dt>
            <dd className="font-semibold text-slate-900 tabular-nums" {...(balance ? { "data-invoice-balance": "" } : {})}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {rate && (
        <p className="text-sm text-slate-700">
          {rate.source === "default"
            ? t("rateDefault", { rate: percent(rate.rateBp, locale) })
            : t("rateFrom", { rate: percent(rate.rateBp, locale), name: rate.name ?? "", place: [rate.country, rate.source === "region" ? rate.region : ""].filter(Boolean).join("-") })}{" "}
          {t("roundingRule")}
        </p>
      )}
    </div>
  );
}

export function InvoiceSettlements({ invoice }: { invoice: InvoiceDetail }) {
  const t = useTranslations("invoicing.detail");
  const methods = useTranslations("invoicing.methods");
  const format = useFormatter();
  const locale = useLocale();
  const m = (amount: bigint) => money(amount, invoice.currency, locale);
  return (
    <div className="space-y-6">
      <section className="space-y-2" aria-labelledby="invoice-payments">
        <h3 id="invoice-payments" className="text-sm font-semibold text-slate-900">
          {t("payments")}
        </h3>
        {invoice.allocations.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noPayments")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {invoice.allocations.map((a) => (
              <li key={a.id} className="flex flex-wrap justify-between gap-x-4 rounded-lg border border-slate-200 p-3" data-payment="">
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  {format.dateTime(a.payment.receivedOn, dayOptions)} · {methods(a.payment.method)} · {a.payment.reference}
                </span>
                <span className="font-semibold tabular-nums">{m(a.amountMinor)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-2" aria-labelledby="invoice-credit-notes">
        <h3 id="invoice-credit-notes" className="text-sm font-semibold text-slate-900">
          {t("creditNotes")}
        </h3>
        {invoice.creditNotes.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noCreditNotes")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {invoice.creditNotes.map((n) => (
              <li key={n.id} className="space-y-1 rounded-lg border border-slate-200 p-3" data-credit-note="">
                <p className="flex flex-wrap justify-between gap-x-4 font-medium text-slate-900">
                  <span>
                    {creditNoteNumberText(n.number)} · {format.dateTime(n.issueDate, dayOptions)}
                  </span>
                  <span className="tabular-nums">{m(n.totalMinor)}</span>
                </p>
                <p className="text-slate-700 [overflow-wrap:anywhere]">{t("reason", { reason: n.reason })}</p>
                {n.lines.length > 0 && <p className="text-slate-700">{n.lines.map((l) => t("creditedUnits", { sku: l.sku, quantity: l.quantity })).join(", ")}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** The invoice's three cards, the same on both sides: lines, facts, and what settled it. */
export function InvoiceCards({ invoice, orderHref }: { invoice: InvoiceDetail; orderHref: string }) {
  const t = useTranslations("invoicing.detail");
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>{t("lines")}</CardTitle>
          </CardHeader>
          <CardContent>
            <InvoiceLines invoice={invoice} />
          </CardContent>
        </Card>
        <Card className="h-fit min-w-0">
          <CardHeader>
            <CardTitle>{t("facts")}</CardTitle>
          </CardHeader>
          <CardContent>
            <InvoiceFacts invoice={invoice} orderHref={orderHref} />
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("settlement")}</CardTitle>
        </CardHeader>
        <CardContent>
          <InvoiceSettlements invoice={invoice} />
        </CardContent>
      </Card>
    </>
  );
}
