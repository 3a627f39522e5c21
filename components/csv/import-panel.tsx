"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Download, Upload } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select, type SelectOption } from "@/components/ui/select";
import type { ImportProblem } from "@/lib/csv/import";

/**
 * What every import answers: rows read, problems and ignored headers, plus the module's own
 * counts (imported, created, under review…), which its `summary` message names.
 */
export type CsvImportReport = {
  total: number;
  problems: ImportProblem[];
  ignoredHeaders: string[];
  /** false: the file was refused whole (all-or-nothing imports) */
  written?: boolean;
  /** accounts: rows that opened a channel conflict */
  underReview?: number;
} & Record<string, unknown>;

/** Which import this is: its summary, file description and problems caption are its own (csvImport.<kind>). */
export type ImportKind = "accounts" | "catalog" | "leads" | "warrantyUnits" | "warrantyRegistrations";

export type ImportPanelProps = {
  kind: ImportKind;
  /** POST route that takes the file (multipart, field "file") and answers the report. */
  uploadUrl: string;
  templateUrl: string;
  maxMegabytes: number;
  maxRows: number;
  /** Back office: whose accounts these are ("" = direct). */
  owners?: SelectOption[];
};

type Outcome = { kind: "report"; report: CsvImportReport } | { kind: "error"; message: string };

/**
 * Upload a CSV file and read the row-by-row report: every row with a problem is listed
 * with its line, column and reason (the module decides whether the good rows are written
 * or the whole file is refused). The file is the body of a POST to a route handler (not a
 * server action), read with the import's size cap.
 */
export function ImportPanel({ kind, uploadUrl, templateUrl, maxMegabytes, maxRows, owners }: ImportPanelProps) {
  const t = useTranslations("csvImport");
  const router = useRouter();
  const fileId = useId();
  const ownerId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setOutcome({ kind: "error", message: t("chooseFile") });
      return;
    }
    setPending(true);
    setOutcome(null);
    try {
      const owner = data.get("partnerId");
      const url = typeof owner === "string" && owner ? `${uploadUrl}?${new URLSearchParams({ partnerId: owner })}` : uploadUrl;
      const response = await fetch(url, { method: "POST", body: file, headers: { accept: "application/json", "content-type": "text/csv" } });
      const body = (await response.json().catch(() => null)) as { report?: CsvImportReport; error?: { message: string } } | null;
      if (response.ok && body?.report) {
        setOutcome({ kind: "report", report: body.report });
        form.current?.reset();
        router.refresh();
      } else setOutcome({ kind: "error", message: body?.error?.message ?? t("failed") });
    } catch {
      setOutcome({ kind: "error", message: t("failed") });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("uploadTitle")}</CardTitle>
          <CardDescription>{t(`${kind}.uploadDescription`, { mb: maxMegabytes, rows: maxRows })}</CardDescription>
        </CardHeader>
        <CardContent>
          <form ref={form} onSubmit={submit} className="space-y-4" aria-busy={pending}>
            {owners && (
              <div className="grid gap-1.5">
                <Label htmlFor={ownerId}>{t("owner")}</Label>
                <Select id={ownerId} name="partnerId" options={[{ value: "", label: t("direct") }, ...owners]} />
              </div>
            )}
            <div className="grid gap-1.5">
              <Label htmlFor={fileId}>{t("file")}</Label>
              <input
                id={fileId}
                name="file"
                type="file"
                accept=".csv,text/csv"
                required
                className="block w-full max-w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-medium file:text-brand-800"
              />
            </div>
            <div className="flex flex-wrap gap-3">
              <Button type="submit" disabled={pending}>
                <Upload aria-hidden="true" />
                {pending ? t("importing") : t("submit")}
              </Button>
              <Button asChild variant="secondary">
                <a href={templateUrl} download>
                  <Download aria-hidden="true" />
                  {t("template")}
                </a>
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
      <div aria-live="polite">
        {outcome?.kind === "error" && <Alert tone="error">{outcome.message}</Alert>}
        {outcome?.kind === "report" && <ImportReportView kind={kind} report={outcome.report} />}
      </div>
    </div>
  );
}

function ImportReportView({ kind, report }: { kind: ImportKind; report: CsvImportReport }) {
  const t = useTranslations("csvImport");
  const counts = Object.fromEntries(Object.entries(report).filter(([, value]) => typeof value === "number")) as Record<string, number>;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("reportTitle")}</CardTitle>
        <CardDescription>
          {t(`${kind}.summary`, { ...counts, problems: report.problems.length } as never)}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {report.written === false && report.problems.length > 0 && <Alert tone="error">{t("notWritten")}</Alert>}
        {!!report.underReview && <Alert tone="warning">{t("underReview", { count: report.underReview })}</Alert>}
        {report.ignoredHeaders.length > 0 && (
          <p className="text-sm text-slate-700">{t("ignored", { headers: report.ignoredHeaders.join(", ") })}</p>
        )}
        {report.problems.length > 0 ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t(`${kind}.problemsCaption`)}</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">{t("line")}</th>
                  <th scope="col" className="py-2 pr-4 font-medium">{t("column")}</th>
                  <th scope="col" className="py-2 font-medium">{t("problem")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {report.problems.map((problem, index) => (
                  <tr key={`${problem.line}-${index}`}>
                    <td className="py-2 pr-4 tabular-nums">{problem.line}</td>
                    <td className="py-2 pr-4 [overflow-wrap:anywhere]">{problem.column ?? t("wholeRow")}</td>
                    <td className="py-2 [overflow-wrap:anywhere]">{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <Alert tone="success">{t("allGood")}</Alert>
        )}
      </CardContent>
    </Card>
  );
}
