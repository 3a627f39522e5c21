"use client";

import { useTranslations } from "next-intl";
import { Spinner } from "@/components/ui/spinner";

/** What a dialog shows for the moment its form's code loads (dialogs load forms on first open). */
export function FormLoading() {
  const t = useTranslations("common");
  return (
    <div className="flex min-h-32 items-center justify-center">
      <Spinner size="lg" label={t("loading")} />
    </div>
  );
}
