import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/components/backoffice/page-skeleton";

/**
 * The loading.tsx body of the receivables and statement pages: the page's shape and a spoken
 * label. Not in the lists' folders, which hold an invoice's own page: a loading shell there
 * streams a 200 before that page answers 404 for another partner's or tenant's invoice.
 */
export function InvoicingLoading({ cards = 0 }: { cards?: number }) {
  const t = useTranslations("invoicing");
  return <PageSkeleton label={t("loading")} cards={cards} />;
}
