import { Handshake } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { changeLocaleAction } from "@/app/actions/locale";
import { ApplyForm } from "@/components/applications/apply-form";
import { AuthCard } from "@/components/auth/auth-card";
import { PublicFrame } from "@/components/auth/public-frame";
import { countryOptions, currencyOptions, phoneFieldOptions } from "@/components/forms/options";
import { Alert } from "@/components/ui/alert";
import { publicPage } from "@/lib/auth/wrappers";
import { getApplyPage } from "@/lib/applications/service";
import { PARTNER_TYPES } from "@/lib/partners/schema";
import { AppError } from "@/lib/errors";
import { brandColors } from "@/lib/branding/colors";
import { TenantLogo } from "@/components/shell/shell-brand";
import { submitApplicationAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  const [t, info] = await Promise.all([getTranslations("applications.apply"), getApplyPage((await params).tenant)]);
  return { title: info ? t("metaTitle", { tenant: info.name }) : t("metaTitleUnknown") };
}

/** `/<tenant>/apply`: a company asks to join the tenant's channel; no account needed. */
export default publicPage<{ tenant: string }>(async ({ params }) => {
  const info = await getApplyPage(params.tenant);
  if (!info) throw new AppError("NOT_FOUND");
  const [t, types, locale] = await Promise.all([
    getTranslations("applications.apply"),
    getTranslations("enums.partnerType"),
    getLocale(),
  ]);
  const brand = brandColors(info.brandColor);
  return (
    <PublicFrame changeLocale={changeLocaleAction}>
      <div
        className="flex items-center justify-center gap-3 px-4 py-3 text-sm font-semibold"
        style={{ background: brand.background, color: brand.text }}
        data-apply-brand=""
      >
        {info.logoPath && (
          <TenantLogo src={info.logoPath} name={info.name} decorative className="h-8 max-w-32 rounded bg-white p-0.5" />
        )}
        <span className="min-w-0 break-words">{info.name}</span>
      </div>
      <AuthCard
        width="lg"
        icon={<Handshake />}
        title={t("title", { tenant: info.name })}
        description={info.open ? t("description", { tenant: info.name }) : undefined}
      >
        {info.open ? (
          <ClientMessages namespaces={[...FORM_MESSAGES, "forms", "applications.apply", "applications.validation"]}>
            <ApplyForm
              tenant={info.slug}
              locale={locale === "es" ? "es" : "en"}
              action={submitApplicationAction}
              types={PARTNER_TYPES.map((type) => ({ value: type, label: types(type) }))}
              countries={countryOptions(locale)}
              currencies={currencyOptions(locale)}
              defaultCurrency={info.currency}
              {...await phoneFieldOptions()}
            />
          </ClientMessages>
        ) : (
          <Alert tone="info" role="note" title={t("closedTitle")}>
            {t("closedBody", { tenant: info.name })}
          </Alert>
        )}
      </AuthCard>
    </PublicFrame>
  );
});
