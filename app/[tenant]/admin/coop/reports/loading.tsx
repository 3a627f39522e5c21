import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/components/backoffice/page-skeleton";

/** The reports' shape while their statements run (no record page below this folder, so no 404 to stream past). */
export default function Loading() {
  const t = useTranslations("coopAdmin.reports");
  return <PageSkeleton label={t("loading")} cards={3} />;
}
