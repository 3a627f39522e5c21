"use client";

import { useMemo } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import type { Translator } from "@/lib/i18n/validation";
import { issueTranslator, type IssueSections } from "./issue-translator";

export { issueTranslator, type IssueSections };

/**
 * The schema of a form: the zod schema itself, or a function loading it
 * (`() => import("@/lib/users/schema").then((m) => m.signInFormSchema)`) so that zod and the
 * schema reach the browser only when the form is first used — for forms on pages that
 * would otherwise load zod for nothing else (sign-in).
 */
export type SchemaSource = z.ZodType | (() => Promise<z.ZodType>);

/**
 * zod's messages in both languages and our message translation (lib/i18n/validation.ts),
 * fetched when a form is first focused or checked rather than with every page that has one.
 */
const loadValidation = () => import("@/lib/i18n/validation");

/** The translation function's own type (a type-only reference: nothing is loaded for it). */
type Translate = typeof import("@/lib/i18n/validation").translateIssueMessage;

/** Walks RHF's nested errors (fields, list rows, `root`) and translates every message. */
function translateErrors(node: unknown, t: Translator, translate: Translate): void {
  if (typeof node !== "object" || node === null) return;
  const entry = node as Record<string, unknown>;
  if (typeof entry.message === "string" && typeof entry.type === "string") {
    entry.message = translate(t, entry.message);
  }
  for (const [key, value] of Object.entries(entry)) {
    // `ref` is the DOM element; `types` holds raw criteria we do not show.
    if (key !== "ref" && key !== "types" && typeof value === "object") translateErrors(value, t, translate);
  }
}

/**
 * The server's own zod schema as the form's resolver: zod's messages in the page's
 * language, our message keys translated with the same function the server uses, and the
 * form's hidden values (tenant, ids) included so the schema sees what the server will.
 * The raw values (not zod's output) are submitted: the server parses them again.
 */
export function schemaResolver<TValues extends FieldValues>(
  source: SchemaSource,
  options: { hidden?: Record<string, string>; locale: string; t: Translator },
): Resolver<TValues> & { prepare: () => void } {
  type Ready = { base: Resolver<never, unknown, never>; translate: Translate };
  let ready: Promise<Ready> | null = null;
  const prepare = (): Promise<Ready> => {
    const pending =
      ready ??
      Promise.all([typeof source === "function" ? source() : source, loadValidation()]).then(
        ([schema, validation]): Ready => ({
          base: zodResolver(schema as never, { error: validation.zodLocaleError(options.locale) }, { raw: true }),
          translate: validation.translateIssueMessage,
        }),
        (error: unknown) => {
          ready = null; // offline for a moment: the next check tries again
          throw error;
        },
      );
    ready = pending;
    return pending;
  };
  const resolver: Resolver<TValues> = async (values, context, resolverOptions) => {
    const { base, translate } = await prepare();
    const result = await base({ ...values, ...options.hidden } as never, context, resolverOptions as never);
    translateErrors(result.errors, options.t, translate);
    const failed = Object.keys(result.errors ?? {}).length > 0;
    return { values: failed ? {} : values, errors: result.errors as FieldErrors<TValues> };
  };
  return Object.assign(resolver, { prepare: () => void prepare().catch(() => undefined) });
}

/**
 * Translates the message keys our schemas carry ("validation.email", "auth.errors.…", an
 * error code's words such as "errors.REASON_REQUIRED", and a module's own
 * "activities.validation.…" given by the form). Each catalog section is read by name, so the
 * pages' `ClientMessages` know what forms need (FORM_MESSAGES sends the first three).
 */
function useIssueTranslator(issues: IssueSections | undefined): Translator {
  const validation = useTranslations("validation");
  const authErrors = useTranslations("auth.errors");
  const errors = useTranslations("errors");
  return useMemo(
    () => issueTranslator({ validation, "auth.errors": authErrors, errors, ...issues }),
    [validation, authErrors, errors, issues],
  );
}

/** schemaResolver with the page's language and translations. */
export function useSchemaResolver<TValues extends FieldValues>(
  schema: SchemaSource | undefined,
  hidden: Record<string, string> | undefined,
  issues?: IssueSections,
): (Resolver<TValues> & { prepare: () => void }) | undefined {
  const locale = useLocale();
  const t = useIssueTranslator(issues);
  return useMemo(
    () => (schema ? schemaResolver<TValues>(schema, { ...(hidden ? { hidden } : {}), locale, t }) : undefined),
    [schema, hidden, locale, t],
  );
}
