import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/components/backoffice/page-skeleton";

/**
 * The loading.tsx body of the invoicing lists: the page's shape and a spoken label. Not on an
 * invoice's own page: its loading shell would stream a 200 before the page answers 404 for
 * another partner's or tenant's id.
 */
export function InvoicingLoading({ cards = 0 }: { cards?: number }) {
  const t = useTranslations("invoicing");
  return <PageSkeleton label={t("loading")} cards={cards} />;
}
