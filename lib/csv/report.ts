import "server-only";
import { getTranslations } from "next-intl/server";
import type { ImportProblem } from "@/lib/csv/import";
import { translateIssueMessage, type Translator } from "@/lib/i18n/validation";

/** An import's report with every message key in the reader's language (zod's own texts pass as they are). */
export async function translatedReport<R extends { problems: ImportProblem[] }>(report: R): Promise<R> {
  const t = (await getTranslations()) as unknown as Translator;
  return { ...report, problems: report.problems.map((p) => ({ ...p, message: translateIssueMessage(t, p.message) })) };
}
