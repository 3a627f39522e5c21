import { CirclePause } from "lucide-react";
import { useTranslations } from "next-intl";

/**
 * Above every page of a suspended partner's portal: everything can be read, nothing can be
 * changed (the services refuse with PARTNER_SUSPENDED), and whom to ask.
 */
export function SuspendedBanner({ vendor }: { vendor: string }) {
  const t = useTranslations("lifecycle.suspendedBanner");
  return (
    <section
      aria-label={t("label")}
      data-suspended-banner=""
      className="mb-6 flex items-start gap-2 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <CirclePause aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <p className="min-w-0 break-words">
        <strong className="font-semibold">{t("label")}:</strong> {t("body", { vendor })}
      </p>
    </section>
  );
}
