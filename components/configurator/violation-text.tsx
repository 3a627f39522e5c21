import { useLocale, useTranslations } from "next-intl";
import { violationMessage } from "@/lib/configurator/explain";
import type { Violation } from "@/lib/configurator/validate";

/** One violation in plain words, in the reader's language. */
export function useViolationText(): (v: Violation) => string {
  const t = useTranslations("configurator.violations");
  const locale = useLocale();
  return (v) => {
    const { key, values } = violationMessage(v, locale);
    return t(key.replace(/^configurator\.violations\./, "") as never, values as never);
  };
}

/** A group's problems, next to it; `id` lets the group's fieldset point at them. */
export function ViolationList({ id, violations }: { id: string; violations: Violation[] }) {
  const text = useViolationText();
  if (!violations.length) return null;
  return (
    <ul id={id} className="mt-2 space-y-1 rounded-lg bg-red-50 p-3 text-sm text-red-900" data-violations="">
      {violations.map((v, index) => (
        <li key={index} className="break-words">
          {text(v)}
        </li>
      ))}
    </ul>
  );
}
