import * as React from "react";
import Link from "@/components/ui/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonVariants } from "./button";
import { cn } from "./cn";

type QueryValue = string | string[] | undefined;

/** The 1-based page number in `searchParams[param]`; anything invalid is page 1. */
export function parsePage(searchParams: Record<string, QueryValue> | undefined, param = "page"): number {
  const raw = searchParams?.[param];
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isSafeInteger(value) && value >= 1 ? value : 1;
}

export type PaginationProps = {
  /** Current page, 1-based (use parsePage). */
  page: number;
  /** Total number of pages, when known. */
  pageCount?: number;
  /** When the total is unknown: whether a next page exists. */
  hasNextPage?: boolean;
  /** With pageSize, shows "Showing 21–40 of 95" and derives pageCount. */
  totalItems?: number;
  pageSize?: number;
  /** The current query, so filters and sorting survive paging. */
  searchParams?: Record<string, QueryValue>;
  /** Path of the list; defaults to the current one (links are "?page=n"). */
  pathname?: string;
  /** Query parameter holding the page. Default "page". */
  param?: string;
  className?: string;
};

function hrefFor(pathname: string, searchParams: Record<string, QueryValue>, param: string, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (key === param || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, item);
  }
  if (page > 1) query.set(param, String(page));
  const qs = query.toString();
  return `${pathname}?${qs}`;
}

/** Previous/next links with the page position, for server-rendered lists using `?page=`. */
export function Pagination({
  page,
  pageCount: pageCountProp,
  hasNextPage,
  totalItems,
  pageSize,
  searchParams = {},
  pathname = "",
  param = "page",
  className,
}: PaginationProps) {
  const t = useTranslations("ui.pagination");
  const pageCount =
    pageCountProp ?? (totalItems !== undefined && pageSize ? Math.max(1, Math.ceil(totalItems / pageSize)) : undefined);
  const hasPrevious = page > 1;
  const hasNext = pageCount !== undefined ? page < pageCount : Boolean(hasNextPage);
  if (!hasPrevious && !hasNext && page === 1) return null;

  const from = totalItems !== undefined && pageSize ? Math.min(totalItems, (page - 1) * pageSize + 1) : undefined;
  const to = totalItems !== undefined && pageSize ? Math.min(totalItems, page * pageSize) : undefined;
  // Past the end (e.g. rows were deleted), "previous" goes to the last real page.
  const previousPage = pageCount !== undefined ? Math.min(page - 1, pageCount) : page - 1;
  const link = buttonVariants({ variant: "secondary", size: "sm" });
  const disabled = cn(link, "shadow-none");

  return (
    <nav aria-label={t("label")} className={cn("mt-4 flex items-center justify-between gap-3", className)}>
      {hasPrevious ? (
        <Link href={hrefFor(pathname, searchParams, param, previousPage)} rel="prev" className={link}>
          <ChevronLeft aria-hidden="true" />
          <span>{t("previous")}</span>
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          <ChevronLeft aria-hidden="true" />
          <span>{t("previous")}</span>
        </span>
      )}
      <p className="text-center text-sm text-slate-600">
        <span className="block">
          {pageCount !== undefined ? t("pageOf", { page, pageCount }) : t("page", { page })}
        </span>
        {from !== undefined && to !== undefined && totalItems !== undefined && (
          <span className="hidden text-xs sm:block">{t("range", { from, to, total: totalItems })}</span>
        )}
      </p>
      {hasNext ? (
        <Link href={hrefFor(pathname, searchParams, param, page + 1)} rel="next" className={link}>
          <span>{t("next")}</span>
          <ChevronRight aria-hidden="true" />
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          <span>{t("next")}</span>
          <ChevronRight aria-hidden="true" />
        </span>
      )}
    </nav>
  );
}
