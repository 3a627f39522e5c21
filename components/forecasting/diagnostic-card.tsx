import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Diagnostic } from "@/lib/forecasting/diagnostics";
import { percent } from "./format";

export type DiagnosticCardProps = {
  diagnostic: Diagnostic;
  /** the partner's or territory's name ("Total" for the total) */
  name: string;
  productName: (key: string) => string;
  money: (value: number | null) => string;
  locale: string;
  /** where to plan actions, or the existing plan */
  plan?: { href: string; exists: boolean } | undefined;
  headingLevel?: "h2" | "h3";
};

/** One diagnostic: what was found, in a sentence with its figures, and the evidence table. */
export function DiagnosticCard({ diagnostic: d, name, productName, money, locale, plan, headingLevel = "h2" }: DiagnosticCardProps) {
  const t = useTranslations("forecasting.diagnostics");
  const pct = (value: number, signed = false) => percent(value, locale, signed);
  const sentence =
    d.kind === "PARTNER_BIAS"
      ? t("explain.PARTNER_BIAS", { name, bias: pct(d.metric, true), threshold: pct(d.threshold) })
      : d.kind === "PIPELINE_COVERAGE"
        ? t("explain.PIPELINE_COVERAGE", { name, coverage: pct(d.metric), threshold: pct(d.threshold) })
        : d.kind === "TREND_BREAK"
          ? t("explain.TREND_BREAK", { name, gap: pct(d.metric) })
          : t("explain.ERROR_CONCENTRATION", { share: pct(d.metric) });
  const coverage = d.kind === "PIPELINE_COVERAGE";
  return (
    <Card className="min-w-0" data-testid={`diagnostic-${d.kind}`}>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <CardTitle as={headingLevel}>
            {t(`kinds.${d.kind}`)}
            {d.kind !== "ERROR_CONCENTRATION" && <span className="font-normal text-slate-700"> · {name}</span>}
          </CardTitle>
          <CardDescription>{sentence}</CardDescription>
        </div>
        <Badge tone={d.severity === "critical" ? "danger" : "warning"}>{t(`severity.${d.severity}`)}</Badge>
      </CardHeader>
      <CardContent className="space-y-4">
        {d.months.length > 0 && (
          <Table label={t(`kinds.${d.kind}`)}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("month")}</TableHead>
                <TableHead align="right">{coverage ? t("target") : t("forecast")}</TableHead>
                {d.kind === "TREND_BREAK" && <TableHead align="right">{t("interval")}</TableHead>}
                <TableHead align="right">{coverage ? t("pipeline") : t("actual")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {d.months.map((m) => (
                <TableRow key={m.period}>
                  <TableCell>{m.period}</TableCell>
                  <TableCell align="right" className="tabular-nums">{money(m.forecast)}</TableCell>
                  {d.kind === "TREND_BREAK" && (
                    <TableCell align="right" className="whitespace-nowrap tabular-nums text-slate-600">
                      {money(m.lower ?? null)} – {money(m.upper ?? null)}
                    </TableCell>
                  )}
                  <TableCell align="right" className="tabular-nums font-medium">{money(m.actual)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {d.products && (
          <Table label={t(`kinds.${d.kind}`)}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("product")}</TableHead>
                <TableHead align="right">{t("error")}</TableHead>
                <TableHead align="right">{t("share")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {d.products.map((p) => (
                <TableRow key={p.key}>
                  <TableCell>{productName(p.key)}</TableCell>
                  <TableCell align="right" className="tabular-nums">{money(p.error)}</TableCell>
                  <TableCell align="right" className="tabular-nums">{pct(p.share)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {plan && (
          <Link href={plan.href} className="inline-flex rounded text-sm font-medium text-brand-700 hover:underline">
            {plan.exists ? t("planned") : t("plan")}
          </Link>
        )}
      </CardContent>
    </Card>
  );
}
