"use client";

import { useTranslations } from "next-intl";
import { Spinner } from "@/components/ui/spinner";

/** What a dialog shows for the moment its contents load (dialogs load their forms on first open). */
export function DialogLoading() {
  const t = useTranslations("common");
  return (
    <div className="flex min-h-32 items-center justify-center">
      <Spinner size="lg" label={t("loading")} />
    </div>
  );
}
