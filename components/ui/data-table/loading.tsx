import { useTranslations } from "next-intl";
import { DataTableSkeleton } from "./skeleton";

/** `export default ListLoading` from a list page's loading.tsx. */
export function ListLoading() {
  const t = useTranslations("dataTable");
  return <DataTableSkeleton label={t("loading")} />;
}
