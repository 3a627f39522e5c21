import { useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Accuracy } from "@/lib/forecast/engine/metrics";
import type { AccuracyRow, BestPerspective } from "@/lib/forecasting/types";
import { decimal, percent } from "./format";

function Figures({ accuracy, locale }: { accuracy: Accuracy; locale: string }) {
  return (
    <>
      <TableCell align="right" className="tabular-nums">{decimal(accuracy.mase, locale)}</TableCell>
      <TableCell align="right" className="tabular-nums">{percent(accuracy.wape, locale)}</TableCell>
      <TableCell align="right" className="tabular-nums">{percent(accuracy.bias, locale, true)}</TableCell>
      <TableCell align="right" className="tabular-nums">{accuracy.count}</TableCell>
    </>
  );
}

function FigureHeads() {
  const t = useTranslations("forecasting.accuracy");
  return (
    <>
      <TableHead align="right">{t("mase")}</TableHead>
      <TableHead align="right">{t("wape")}</TableHead>
      <TableHead align="right">{t("bias")}</TableHead>
      <TableHead align="right">{t("months")}</TableHead>
    </>
  );
}

/** Which perspective has been most accurate for each partner or territory, with the others ranked. */
export function BestTable({ best, nameOf, locale }: { best: BestPerspective[]; nameOf: (key: string) => string; locale: string }) {
  const t = useTranslations("forecasting.accuracy");
  const p = useTranslations("forecasting.perspectives");
  return (
    <Table label={t("best")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("slice")}</TableHead>
          <TableHead>{t("perspective")}</TableHead>
          <FigureHeads />
          <TableHead>{t("ranking")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {best.map((row) => (
          <TableRow key={`${row.key}:${row.measure}:${row.currency}`}>
            <TableCell className="font-medium">{nameOf(row.key)}</TableCell>
            <TableCell>{p(row.perspective)}</TableCell>
            <Figures accuracy={row.accuracy} locale={locale} />
            <TableCell className="text-xs text-slate-600">
              {row.ranking.map((r) => `${p(r.perspective)} ${decimal(r.accuracy.mase, locale)}`).join(" · ")}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Accuracy per series, run and perspective; each row opens to its horizons. */
export function AccuracyTable({ rows, nameOf, locale }: { rows: AccuracyRow[]; nameOf: (key: string) => string; locale: string }) {
  const t = useTranslations("forecasting.accuracy");
  const p = useTranslations("forecasting.perspectives");
  return (
    <Table label={t("series")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("slice")}</TableHead>
          <TableHead>{t("run")}</TableHead>
          <TableHead>{t("perspective")}</TableHead>
          <FigureHeads />
          <TableHead>{t("horizons")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.runId}:${row.key}:${row.measure}:${row.currency}:${row.perspective}`}>
            <TableCell className="font-medium">{nameOf(row.key)}</TableCell>
            <TableCell className="whitespace-nowrap">{row.asOf}</TableCell>
            <TableCell>{p(row.perspective)}</TableCell>
            <Figures accuracy={row.accuracy} locale={locale} />
            <TableCell>
              <details>
                <summary className="cursor-pointer text-sm text-brand-700">{t("horizon")}</summary>
                <ul className="mt-1 space-y-0.5 text-xs tabular-nums text-slate-700">
                  {row.byHorizon.map((h) => (
                    <li key={h.horizon}>
                      {h.horizon}: {t("mase")} {decimal(h.accuracy.mase, locale)} · {t("wape")} {percent(h.accuracy.wape, locale)} · {t("bias")} {percent(h.accuracy.bias, locale, true)}
                    </li>
                  ))}
                </ul>
              </details>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
