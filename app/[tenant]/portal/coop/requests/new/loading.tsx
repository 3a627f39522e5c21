import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/components/backoffice/page-skeleton";

export default function Loading() {
  const t = useTranslations("coopPortal");
  return <PageSkeleton label={t("loading")} cards={0} />;
}
