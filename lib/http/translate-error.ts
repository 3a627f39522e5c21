import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AppError, isAppError, type DetailMessage } from "@/lib/errors";
import { issueField, translateIssueMessage, zodLocaleError, type Translator } from "@/lib/i18n/validation";
import { loggerFor, type LogContext } from "@/lib/log";

/** zod's own messages in the user's language for rules without a message key of ours. */
export async function zodErrorMap() {
  return zodLocaleError(await getLocale());
}

/** Translates a message key ("validation.x", "users.invited") or returns zod's own text as is. */
export async function translateMessage(message: string, params?: Record<string, string | number>) {
  return translateIssueMessage((await getTranslations()) as unknown as Translator, message, params);
}

/** Every field's first problem, translated: the same shape the form kit shows in the browser. */
export async function fieldErrorsOf(error: z.ZodError): Promise<Record<string, string>> {
  const t = (await getTranslations()) as unknown as Translator;
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issueField(issue.path);
    if (!out[field]) out[field] = translateIssueMessage(t, issue.message);
  }
  return out;
}

/** A report line in the reader's language; values that are messages themselves are translated first. */
export async function translateDetail(detail: DetailMessage): Promise<string> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(detail.values)) values[name] = typeof value === "object" ? await translateDetail(value) : value;
  return translateMessage(detail.key, values);
}

/**
 * Turns any thrown error into a code, HTTP status and translated message. Unexpected
 * errors are logged by the request's logger (request id, and tenant and user once the
 * wrapper resolved the context) and shown as a generic message carrying the request id.
 */
export async function describeError(error: unknown, requestId: string, ctx?: LogContext) {
  const t = await getTranslations("errors");
  if (isAppError(error)) {
    const fieldErrors: Record<string, string> = {};
    for (const [field, messages] of Object.entries(error.fields ?? {})) {
      if (messages[0]) fieldErrors[field] = await translateMessage(messages[0], error.params);
    }
    return {
      code: error.code,
      status: error.status,
      message: t(error.code, { requestId, ...(error.params ?? {}) }),
      fieldErrors,
      details: await Promise.all((error.details ?? []).map(translateDetail)),
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  loggerFor(ctx ?? { requestId }).error({ err: error }, "unexpected error");
  const internal = new AppError("INTERNAL");
  return {
    code: internal.code,
    status: internal.status,
    message: t("INTERNAL", { requestId }),
    fieldErrors: {},
    details: [] as string[],
    retryAfterSeconds: undefined,
  };
}
