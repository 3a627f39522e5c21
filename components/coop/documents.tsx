import { Download } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { DocumentView } from "@/lib/coop/records";

/** A request's material or a claim's proofs, each a download through the portal's files route. */
export function CoopDocuments({
  documents,
  fileBase,
  empty,
  timeZone,
}: {
  documents: DocumentView[];
  fileBase: string;
  empty: string;
  timeZone: string;
}) {
  const t = useTranslations("coopPortal.documents");
  const format = useFormatter();
  if (!documents.length) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <ul className="space-y-2 text-sm">
      {documents.map((d) => (
        <li key={d.fileId} className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <a
            href={`${fileBase}/${d.fileId}`}
            className="inline-flex min-w-0 items-center gap-1 rounded font-medium break-all text-brand-800 underline-offset-4 hover:underline"
            aria-label={t("download", { name: d.name })}
          >
            <Download aria-hidden="true" className="size-4 shrink-0" />
            {d.name}
          </a>
          <span className="text-slate-600">
            {t("uploaded", { date: format.dateTime(d.uploadedAt, { dateStyle: "medium", timeZone }) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
