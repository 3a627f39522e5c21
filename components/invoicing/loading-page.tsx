import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/components/backoffice/page-skeleton";

/** The loading.tsx body of the invoicing screens: the page's shape and a spoken label. */
export function InvoicingLoading({ cards = 0 }: { cards?: number }) {
  const t = useTranslations("invoicing");
  return <PageSkeleton label={t("loading")} cards={cards} />;
}
