import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { OverviewQuery } from "@/lib/forecasting/schema";
import { VIEW_LEVELS } from "@/lib/forecasting/schema";
import type { ForecastSlices } from "@/lib/forecasting/slices";

export type SlicePickerProps = { base: string; query: OverviewQuery; slices: ForecastSlices };

/** The overview's URL for a node, keeping the measure and run. */
export function sliceHref(base: string, query: OverviewQuery, next: Partial<OverviewQuery>): string {
  const merged = { ...query, ...next };
  const params = new URLSearchParams();
  if (merged.level !== "TOTAL") params.set("level", merged.level);
  if (merged.key) params.set("key", merged.key);
  if (merged.measure !== "REVENUE") params.set("measure", merged.measure);
  if (merged.run) params.set("run", merged.run);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

/** The nodes of one level: territories as an indented tree, the others as a list. */
export function nodesOf(slices: ForecastSlices, level: OverviewQuery["level"]): { id: string; name: string; depth: number }[] {
  if (level === "TERRITORY") return slices.territories;
  if (level === "PARTNER") return slices.partners.map((p) => ({ ...p, depth: 0 }));
  if (level === "FAMILY") return slices.families.map((f) => ({ ...f, depth: 0 }));
  if (level === "PRODUCT") return slices.products.map((p) => ({ ...p, depth: 0 }));
  return [];
}

/**
 * Pick a node: the level (total, territories, partners, families, products), then a node
 * of it — territories indented as their tree. Plain links, so the choice is in the URL.
 */
export function SlicePicker({ base, query, slices }: SlicePickerProps) {
  const t = useTranslations("forecasting.picker");
  const nodes = nodesOf(slices, query.level);
  const link = (active: boolean) =>
    cn("block rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100", active && "bg-brand-50 font-medium text-brand-900 ring-1 ring-brand-200 ring-inset");
  return (
    <nav aria-label={t("label")} className="space-y-3">
      <ul className="flex flex-wrap gap-1.5" aria-label={t("levelLabel")}>
        {VIEW_LEVELS.map((level) => (
          <li key={level}>
            <Link
              href={sliceHref(base, query, { level, key: "" })}
              aria-current={level === query.level ? "true" : undefined}
              className={cn(
                "inline-block rounded-full border border-slate-300 px-3 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100",
                level === query.level && "border-brand-600 bg-brand-600 text-white hover:bg-brand-700",
              )}
            >
              {t(`levels.${level}`)}
            </Link>
          </li>
        ))}
      </ul>
      {query.level !== "TOTAL" &&
        (nodes.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noNodes")}</p>
        ) : (
          <ul className="max-h-80 overflow-y-auto rounded-md border border-slate-200 p-1 lg:max-h-[28rem]">
            {nodes.map((node) => (
              <li key={node.id} style={{ paddingInlineStart: `${node.depth * 0.75}rem` }}>
                <Link href={sliceHref(base, query, { key: node.id })} aria-current={node.id === query.key ? "page" : undefined} className={link(node.id === query.key)}>
                  {node.name}
                </Link>
              </li>
            ))}
          </ul>
        ))}
      <ul className="flex gap-1.5" aria-label={t("measure")}>
        {(["REVENUE", "UNITS"] as const).map((measure) => (
          <li key={measure}>
            <Link
              href={sliceHref(base, query, { measure })}
              aria-current={measure === query.measure ? "true" : undefined}
              className={cn(
                "inline-block rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100",
                measure === query.measure && "border-slate-800 bg-slate-800 text-white hover:bg-slate-900",
              )}
            >
              {t(`measures.${measure}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
