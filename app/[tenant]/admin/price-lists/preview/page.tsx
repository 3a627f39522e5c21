import { getLocale, getTranslations } from "next-intl/server";
import { Calculator } from "lucide-react";
import { todayIn } from "@/lib/activities/dates";
import { ResolutionExplanation } from "@/components/pricing/resolution-explanation";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { localName } from "@/lib/catalog/names";
import { isAppError } from "@/lib/errors";
import { translateMessage } from "@/lib/http/translate-error";
import { firstValues } from "@/lib/lists/query";
import { previewPrice } from "@/lib/pricing/quote";
import { pricePreviewSchema } from "@/lib/pricing/schema";
import { pricingPartnerOptions } from "@/lib/pricing/service";
import type { PricePreview } from "@/lib/pricing/types";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("pricing.read", async () => {
  const t = await getTranslations("pricing.preview");
  return { title: t("title") };
});

/**
 * "What does this partner pay?": pick a partner, a SKU, a quantity, a day and a currency;
 * the answer is the engine's, with every step explained. A plain GET form: the question is
 * in the address, so it can be shared and reloaded.
 */
export default vendorPage("pricing.read", async ({ ctx, searchParams }) => {
  const [t, locale, partners] = await Promise.all([getTranslations("pricing.preview"), getLocale(), pricingPartnerOptions(ctx)]);
  const values = firstValues(searchParams);
  const asked = values.partnerId !== undefined || values.sku !== undefined;
  const defaults = { partnerId: "", sku: "", quantity: "1", date: todayIn(ctx.tenant.timeZone), currency: ctx.tenant.currency };
  const shown = { ...defaults, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) } as typeof defaults;
  const errors: Record<string, string> = {};
  let answer: PricePreview | null = null;
  if (asked) {
    const parsed = pricePreviewSchema.safeParse(shown);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= await translateMessage(issue.message);
    } else {
      try {
        answer = await previewPrice(ctx, parsed.data);
      } catch (error) {
        if (!isAppError(error) || error.code !== "VALIDATION_FAILED") throw error;
        for (const [field, messages] of Object.entries(error.fields ?? {})) errors[field] = await translateMessage(messages[0]!);
      }
    }
  }
  return (
    <>
      <PageHeader
        eyebrow={
          <BackLink href={`/${ctx.tenant.slug}/admin/price-lists`}>{t("back")}</BackLink>
        }
        title={t("title")}
        description={t("description")}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="h-fit">
          <CardHeader>
            <CardTitle>{t("question")}</CardTitle>
          </CardHeader>
          <CardContent>
            <form method="get" className="space-y-4" aria-label={t("question")}>
              <FormField label={t("partner")} error={errors.partnerId} required>
                <Select name="partnerId" defaultValue={shown.partnerId} placeholder={t("choose")} options={partners} />
              </FormField>
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField label={t("sku")} error={errors.sku} required>
                  <Input name="sku" defaultValue={shown.sku} maxLength={40} className="font-mono uppercase" spellCheck={false} />
                </FormField>
                <FormField label={t("quantity")} error={errors.quantity} required>
                  <Input name="quantity" defaultValue={shown.quantity} inputMode="numeric" maxLength={10} />
                </FormField>
                <FormField label={t("date")} error={errors.date} required>
                  <Input name="date" type="date" defaultValue={shown.date} />
                </FormField>
                <FormField label={t("currency")} error={errors.currency} required>
                  <Input name="currency" defaultValue={shown.currency} maxLength={3} className="uppercase" spellCheck={false} />
                </FormField>
              </div>
              <Button type="submit">
                <Calculator aria-hidden="true" />
                {t("submit")}
              </Button>
            </form>
          </CardContent>
        </Card>
        {answer && (
          <Card className="h-fit" data-price-answer="">
            <CardHeader>
              <CardTitle>{t("answer")}</CardTitle>
              <CardDescription>
                {t("asked", { partner: answer.partner.name, product: `${answer.product.sku} · ${localName(answer.product, locale)}`, quantity: answer.resolution.quantity, date: answer.date })}
              </CardDescription>
            </CardHeader>
            <CardContent>
              <ResolutionExplanation resolution={answer.resolution} />
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
});
