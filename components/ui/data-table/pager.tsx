import { ChevronLeft, ChevronRight } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { PAGE_SIZES } from "@/lib/lists/page-sizes";
import { buttonVariants } from "../button";
import { cn } from "../cn";
import { Label } from "../label";
import { ListLink, PageSizeSelect } from "./islands";
import { pagerPosition } from "./position";
import type { DataTableState } from "./types";

/**
 * Previous/next as real links (new tab, no JavaScript), the position, and rows per page.
 * Rendered on the server (the words and numbers formatted there); the links and the size
 * choice are client islands that navigate in the list's transition.
 */
export function DataTablePager({ state }: { state: DataTableState }) {
  const t = useTranslations("dataTable");
  const format = useFormatter();
  const { pageCount, page, from, to, hasPrevious, hasNext } = pagerPosition(state);
  const link = buttonVariants({ variant: "secondary", size: "sm" });
  const off = cn(link, "pointer-events-none opacity-50 shadow-none");
  const sizeId = "data-table-page-size";
  if (state.total <= Math.min(...PAGE_SIZES) && state.page === 1) return null;

  const pageLink = (target: number, rel: "prev" | "next") => {
    const changes = { page: target > 1 ? String(target) : undefined };
    const icon =
      rel === "prev" ? <ChevronLeft key="icon" aria-hidden="true" /> : <ChevronRight key="icon" aria-hidden="true" />;
    const text = <span key="text">{t(rel === "prev" ? "previous" : "next")}</span>;
    const enabled = rel === "prev" ? hasPrevious : hasNext;
    const content = rel === "prev" ? [icon, text] : [text, icon];
    return enabled ? (
      <ListLink changes={changes} rel={rel} className={link}>
        {content}
      </ListLink>
    ) : (
      <span aria-disabled="true" className={off}>
        {content}
      </span>
    );
  };

  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex items-center gap-2">
        {pageLink(Math.min(state.page - 1, pageCount), "prev")}
        {pageLink(page + 1, "next")}
      </div>
      <p className="text-sm text-slate-600">
        {t(state.totalCapped ? "rangeMore" : "range", {
          from: format.number(from),
          to: format.number(to),
          total: format.number(state.total),
        })}
      </p>
      <div className="flex items-center gap-2">
        <Label htmlFor={sizeId} className="text-sm font-normal text-slate-600">
          {t("pageSize")}
        </Label>
        <PageSizeSelect
          id={sizeId}
          value={String(state.pageSize)}
          options={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
        />
      </div>
    </nav>
  );
}
