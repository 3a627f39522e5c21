import "server-only";
import { getTranslations } from "next-intl/server";
import { translateIssueMessage, type Translator } from "@/lib/i18n/validation";
import type { ImportReport } from "./types";

/** The report with every message key in the reader's language (zod's own texts pass as they are). */
export async function translatedReport(report: ImportReport): Promise<ImportReport> {
  const t = (await getTranslations()) as unknown as Translator;
  return { ...report, problems: report.problems.map((p) => ({ ...p, message: translateIssueMessage(t, p.message) })) };
}
