import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

/**
 * The statement's period (a plain GET form: the page reads it from the address): from, to,
 * the currency when there are several, and — in the back office — the partner.
 */
export async function StatementPeriodForm({
  period,
  currencies,
  partners,
}: {
  period: { from: string; to: string; currency: string | null; partner?: string };
  currencies: readonly string[];
  partners?: { value: string; label: string }[];
}) {
  const t = await getTranslations("invoicing.statement");
  return (
    <form method="get" className="flex flex-wrap items-end gap-4" data-statement-form="">
      {partners && (
        <div className="w-full space-y-1 sm:w-auto">
          <Label htmlFor="statement-partner">{t("partner")}</Label>
          <Select id="statement-partner" name="partner" required defaultValue={period.partner ?? ""} options={[{ value: "", label: "—" }, ...partners]} />
        </div>
      )}
      <div className="space-y-1">
        <Label htmlFor="statement-from">{t("from")}</Label>
        <Input id="statement-from" name="from" type="date" required defaultValue={period.from} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="statement-to">{t("to")}</Label>
        <Input id="statement-to" name="to" type="date" required defaultValue={period.to} />
      </div>
      {currencies.length > 1 && (
        <div className="space-y-1">
          <Label htmlFor="statement-currency">{t("currency")}</Label>
          <Select id="statement-currency" name="currency" defaultValue={period.currency ?? undefined} options={currencies.map((c) => ({ value: c, label: c }))} />
        </div>
      )}
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
