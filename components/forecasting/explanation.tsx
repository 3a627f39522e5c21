import { useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { addMonths } from "@/lib/forecast/engine/period";
import type { SeriesExplanation } from "@/lib/forecasting/types";

/**
 * Why the statistical forecast is what it is: the method chosen and the reason, every
 * candidate's rolling-origin backtest error (mean absolute error, in the series' units),
 * and what the engine noticed about the history (intermittent, seasonal, a level shift).
 */
export function Explanation({
  explanation,
  historyFrom,
  intervalLevel,
  format,
}: {
  explanation: SeriesExplanation;
  historyFrom: string;
  intervalLevel: number;
  format: (value: number | null) => string;
}) {
  const t = useTranslations("forecasting.explain");
  const r = useTranslations("forecasting.reasons");
  const notes = [
    explanation.intermittent && t("intermittent"),
    explanation.seasonal && t("seasonal"),
    explanation.breakAt !== null && t("break", { month: addMonths(historyFrom, explanation.breakAt) }),
  ].filter((note): note is string => typeof note === "string");
  const ranked = [...explanation.backtest].sort((a, b) => a.score - b.score);
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <p>
        <span className="font-medium text-slate-900">{t("method")}</span> <code className="rounded bg-slate-100 px-1.5 py-0.5 break-all">{explanation.method}</code>
      </p>
      <p>{r(explanation.reason)}</p>
      {explanation.components.length > 1 && (
        <p>
          {t("weights")}{" "}
          {explanation.components.map((c) => `${c.method} ${Math.round(c.weight * 100)} %`).join(" · ")}
        </p>
      )}
      <p>{t("interval", { level: intervalLevel })}</p>
      {notes.length > 0 && (
        <ul className="list-disc space-y-1 ps-5">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {ranked.length > 0 && (
        <Table label={t("backtest")} caption={t("backtest")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("candidate")}</TableHead>
              <TableHead align="right">{t("score")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ranked.map((candidate) => (
              <TableRow key={candidate.method}>
                <TableCell className="break-all">
                  {candidate.method}
                  {candidate.method === explanation.method && <span className="ms-2 text-xs font-medium text-emerald-800">{t("chosen")}</span>}
                </TableCell>
                <TableCell align="right" className="tabular-nums">{format(candidate.score)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
