import { useFormatter, useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ExtensionStatusValue } from "@/lib/deals/schema";
import type { ExtensionItem } from "@/lib/deals/types";

const TONE: Record<ExtensionStatusValue, BadgeTone> = { PENDING: "warning", APPROVED: "success", REJECTED: "neutral" };

/** A registration's extension requests, newest first, with their answers. */
export function ExtensionsList({ extensions, decide }: { extensions: ExtensionItem[]; decide?: (extension: ExtensionItem) => React.ReactNode }) {
  const t = useTranslations("deals.extensions");
  const statuses = useTranslations("enums.extensionStatus");
  const format = useFormatter();
  if (!extensions.length) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ul className="space-y-4">
      {extensions.map((extension) => (
        <li key={extension.id} className="space-y-2 border-b border-slate-100 pb-4 text-sm last:border-0 last:pb-0">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{t("item", { days: extension.days, name: extension.requestedByName })}</span>
            <Badge tone={TONE[extension.status]}>{statuses(extension.status)}</Badge>
          </p>
          <p className="text-slate-700 [overflow-wrap:anywhere]">{extension.reason}</p>
          <p className="text-xs text-slate-600">{format.dateTime(extension.createdAt, { dateStyle: "medium" })}</p>
          {extension.decidedByName && (
            <p className="text-slate-700">
              {t("decidedBy", { name: extension.decidedByName })}
              {extension.decisionReason ? ` · ${extension.decisionReason}` : ""}
            </p>
          )}
          {extension.status === "PENDING" && decide?.(extension)}
        </li>
      ))}
    </ul>
  );
}
