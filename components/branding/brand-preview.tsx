"use client";

import { useTranslations } from "next-intl";
import { TriangleAlert } from "lucide-react";
import { AA_NON_TEXT, brandColors } from "@/lib/branding/colors";

/**
 * How the brand will look: the header band (logo and name on the colour, text colour
 * chosen for contrast), a button, the contrast it reaches, and a warning when the colour
 * is too light to be seen on the white page.
 */
export function BrandPreview({
  tenantName,
  color,
  logoUrl,
}: {
  tenantName: string;
  color: string;
  logoUrl: string | null;
}) {
  const t = useTranslations("branding");
  const colors = brandColors(color);
  const round = (ratio: number) => Math.floor(ratio * 10) / 10;
  return (
    <div className="space-y-3" data-brand-preview="">
      <p className="text-sm font-medium text-slate-900">{t("preview")}</p>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <div
          className="flex items-center gap-3 px-4 py-3"
          style={{ background: colors.background, color: colors.text }}
        >
          {logoUrl && (
            // eslint-disable-next-line @next/next/no-img-element -- the tenant's uploaded logo (its own route or a local blob)
            <img
              src={logoUrl}
              alt={t("logoAlt", { name: tenantName })}
              className="h-8 w-auto max-w-32 rounded bg-white object-contain p-0.5"
            />
          )}
          <span className="min-w-0 truncate font-semibold">{tenantName}</span>
        </div>
        <div className="border-t-4 p-4" style={{ borderTopColor: colors.background }}>
          <span
            className="inline-flex min-h-10 items-center rounded-lg px-4 text-sm font-medium"
            style={{ background: colors.background, color: colors.text }}
          >
            {t("previewButton")}
          </span>
        </div>
      </div>
      <p className="text-sm text-slate-600" data-contrast={round(colors.textContrast)}>
        {t("textOn", { text: colors.text === "#ffffff" ? "white" : "dark", ratio: round(colors.textContrast) })}
      </p>
      {colors.pageContrast < AA_NON_TEXT && (
        <p
          className="flex gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          data-brand-warning=""
        >
          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {t("lightWarning", { ratio: round(colors.pageContrast) })}
        </p>
      )}
    </div>
  );
}
