import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { stageTargets } from "@/lib/deals/stage-rules";
import type { Board } from "@/lib/deals/types";
import type { ServerAction } from "@/lib/http/action-state";
import { formatAmount, formatDay } from "./format";
import { MoveStageDialog } from "./move-stage-dialog";

export type PipelineBoardProps = {
  tenant: string;
  board: Board;
  /** `/<tenant>/admin/deals` or `/<tenant>/portal/deals` */
  base: string;
  /** the current filters, kept on "show all" links */
  filters: Record<string, string | undefined>;
  /** absent for readers who may not move deals */
  move?: ServerAction;
  showPartner: boolean;
};

/**
 * The pipeline as a kanban board: a column per open stage (wrapping, never scrolling
 * sideways), each with its count, value per currency and first cards by close date. Every
 * card moves through a dialog — keyboard and screen reader friendly, no dragging.
 */
export function PipelineBoard({ tenant, board, base, filters, move, showPartner }: PipelineBoardProps) {
  const t = useTranslations("deals.board");
  const format = useFormatter();
  const locale = useLocale();
  const tableHref = (stageId: string) => {
    const query = new URLSearchParams({ status: "OPEN", stage: stageId });
    for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
    return `${base}/opportunities?${query}`;
  };
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
      {board.columns.map((column) => {
        const targets = stageTargets(board.stages, column.stage.id);
        return (
          <section key={column.stage.id} aria-labelledby={`stage-${column.stage.id}`} className="min-w-0 rounded-lg border border-slate-200 bg-slate-50 p-3">
            <header className="mb-3 space-y-1">
              <h2 id={`stage-${column.stage.id}`} className="flex items-baseline justify-between gap-2 text-base font-semibold text-slate-900">
                <span className="[overflow-wrap:anywhere]">{column.stage.name}</span>
                <span className="shrink-0 text-sm font-normal text-slate-700">{t("probability", { value: column.stage.probability })}</span>
              </h2>
              <p className="text-sm text-slate-700">
                {t("count", { count: column.count })}
                {column.totals.length > 0 && <> · {column.totals.map((total) => formatAmount(total.amountMinor, total.currency, locale)).join(" + ")}</>}
              </p>
            </header>
            {column.cards.length === 0 ? (
              <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600">{t("emptyColumn")}</p>
            ) : (
              <ol className="space-y-2" aria-label={t("cards", { stage: column.stage.name })}>
                {column.cards.map((card) => (
                  <li key={card.id} className="space-y-2 rounded-md border border-slate-200 bg-white p-3 shadow-xs">
                    <Link href={`${base}/opportunities/${card.id}`} className="block rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
                      {card.customerName}
                    </Link>
                    <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">{card.name}</p>
                    <p className="text-sm text-slate-900">
                      {formatAmount(card.amountMinor, card.currency, locale)} · {t("closes", { day: formatDay(format, card.closeOn) })}
                    </p>
                    {showPartner && <p className="text-xs text-slate-600">{card.partner?.name ?? t("direct")}</p>}
                    {move && <MoveStageDialog tenant={tenant} action={move} deal={{ id: card.id, version: card.version, name: card.customerName }} stages={targets} />}
                  </li>
                ))}
              </ol>
            )}
            {column.count > column.cards.length && (
              <Link href={tableHref(column.stage.id)} className="mt-3 inline-flex rounded text-sm font-medium text-brand-700 hover:underline">
                {t("showAll", { count: column.count })}
              </Link>
            )}
          </section>
        );
      })}
    </div>
  );
}
