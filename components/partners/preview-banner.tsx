"use client";

import { Eye, LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import type { ServerAction } from "@/lib/http/action-state";

export type PreviewBannerProps = { tenant: string; partnerName: string; exit: ServerAction };

/**
 * Above every page of a previewed portal: whose portal this is, that nothing can be
 * changed here, and the way back to the partner's page in the back office.
 */
export function PreviewBanner({ tenant, partnerName, exit }: PreviewBannerProps) {
  const t = useTranslations("preview");
  return (
    <section
      aria-label={t("bannerLabel")}
      data-preview-banner=""
      className="mb-6 flex flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 sm:flex-row sm:items-center sm:justify-between"
    >
      <p className="flex min-w-0 items-start gap-2 text-sm">
        <Eye aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span className="min-w-0 break-words">
          <strong className="font-semibold">{t("bannerLabel")}:</strong> {t("banner", { partner: partnerName })}
        </span>
      </p>
      <ActionButtonForm
        action={exit}
        fields={{ tenant }}
        formClassName="flex shrink-0 flex-col gap-2"
        size="sm"
        variant="secondary"
        pendingText={t("exiting")}
      >
        <LogOut aria-hidden="true" />
        {t("exit")}
      </ActionButtonForm>
    </section>
  );
}
