import { useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PerspectiveRow } from "@/lib/forecasting/view";

/**
 * The perspectives side by side, month by month (also the chart's figures in text): the
 * statistical forecast with its interval, pipeline, the partner's own, the commit and, for
 * months that have ended, what was actually ordered.
 */
export function PerspectiveTable({ rows, format, caption }: { rows: PerspectiveRow[]; format: (value: number | null) => string; caption: string }) {
  const t = useTranslations("forecasting.table");
  const p = useTranslations("forecasting.perspectives");
  return (
    <Table label={caption}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("month")}</TableHead>
          <TableHead align="right">{p("STATISTICAL")}</TableHead>
          <TableHead align="right">{t("interval")}</TableHead>
          <TableHead align="right">{p("PIPELINE")}</TableHead>
          <TableHead align="right">{p("PARTNER")}</TableHead>
          <TableHead align="right">{p("COMMIT")}</TableHead>
          <TableHead align="right">{t("actual")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.period}>
            <TableCell className="whitespace-nowrap font-medium">{row.period}</TableCell>
            <TableCell align="right" className="tabular-nums">{format(row.statistical)}</TableCell>
            <TableCell align="right" className="whitespace-nowrap tabular-nums text-slate-600">
              {row.lower === null || row.upper === null ? "—" : `${format(row.lower)} – ${format(row.upper)}`}
            </TableCell>
            <TableCell align="right" className="tabular-nums">{format(row.pipeline)}</TableCell>
            <TableCell align="right" className="tabular-nums">{format(row.partner)}</TableCell>
            <TableCell align="right" className="tabular-nums">{format(row.commit)}</TableCell>
            <TableCell align="right" className="tabular-nums font-medium">{format(row.actual)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
