import type { MessageNamespace } from "@/lib/i18n/pick";

/**
 * What the form kit itself reads in the browser: button and field words (`ui`), the
 * summary for server errors (`errors`) and the messages our zod schemas carry (`validation`,
 * `auth.errors`). A page with a form sends these plus its form's own section:
 * `<ClientMessages namespaces={[...FORM_MESSAGES, "settings.form"]}>`.
 */
export const FORM_MESSAGES = ["ui", "errors", "validation", "auth.errors"] as const satisfies readonly MessageNamespace[];
