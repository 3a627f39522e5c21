import { useTranslations } from "next-intl";

type Json = unknown;

/** Before/after of one audit entry, collapsed by default (native <details>, keyboard-ready). */
export function AuditChanges({ before, after, requestId }: { before: Json; after: Json; requestId: string | null }) {
  const t = useTranslations("audit.changes");
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!hasBefore && !hasAfter && !requestId) return <span className="text-slate-600">{t("none")}</span>;
  return (
    <details className="w-full max-w-md min-w-0 text-left">
      <summary className="cursor-pointer rounded text-sm font-medium text-brand-700 hover:underline">
        {t("show")}
      </summary>
      <div className="mt-2 space-y-2">
        {hasBefore && <JsonBlock label={t("before")} value={before} />}
        {hasAfter && <JsonBlock label={t("after")} value={after} />}
        {requestId && (
          <p className="text-xs text-slate-600">
            {t("request")} <code className="font-mono break-all text-slate-800">{requestId}</code>
          </p>
        )}
      </div>
    </details>
  );
}

function JsonBlock({ label, value }: { label: string; value: Json }) {
  return (
    <div>
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{label}</p>
      <pre className="mt-1 max-h-64 overflow-auto rounded-lg bg-slate-900 p-3 text-xs leading-relaxed text-slate-100">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}
