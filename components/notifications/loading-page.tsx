import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/components/backoffice/page-skeleton";

type Section = "center" | "preferences" | "deliveries";

/** The loading.tsx body of every notifications screen: the page's shape and a spoken label. */
export function NotificationsLoading({ section, cards = 0 }: { section: Section; cards?: number }) {
  const t = useTranslations("notifications");
  return <PageSkeleton label={t(`${section}.loading`)} cards={cards} />;
}
