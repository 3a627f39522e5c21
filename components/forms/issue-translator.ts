import type { Translator } from "@/lib/i18n/validation";

/**
 * Our schemas' message keys, translated with the page's catalog sections. In a module of
 * its own (no react-hook-form, no zod) so that a form without the kit — sign-in, whose
 * page loads neither until the form is used — translates with the same rules.
 */

/** Sections of a module's own rule messages, by name: `{ "activities.validation": t }`. */
export type IssueSections = Record<string, unknown>;

/**
 * One translator over catalog sections read by name (`{ validation: t, "auth.errors": t2 }`):
 * "validation.email" is looked up as "email" in `validation`; a key of no section is left
 * as it is (translateIssueMessage then shows it untranslated rather than failing).
 */
export function issueTranslator(sections: IssueSections): Translator {
  const prefixes = Object.entries(sections).map(([name, t]) => [`${name}.`, t as Translator] as const);
  const find = (key: string) => {
    const section = prefixes.find(([prefix]) => key.startsWith(prefix));
    return section ? { t: section[1], key: key.slice(section[0].length) as never } : null;
  };
  const translate = ((key: string, values?: Record<string, string | number>) => {
    const found = find(key);
    return found ? found.t(found.key, values as never) : key;
  }) as unknown as Translator;
  translate.has = ((key: string) => {
    const found = find(key);
    return found ? found.t.has(found.key) : false;
  }) as Translator["has"];
  return translate;
}
