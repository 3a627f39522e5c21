import type { MessageNamespace } from "@/lib/i18n/pick";

/**
 * The message namespaces the configurator's client components read (ClientMessages of the
 * pages that show them): the configurator form and its problems; the editor's forms too.
 */
export const CONFIGURATOR_MESSAGES = ["configurator.ui", "configurator.violations"] as const satisfies readonly MessageNamespace[];
export const CONFIGURATOR_EDITOR_MESSAGES = ["configurator.ui", "configurator.violations", "configurator.editor"] as const satisfies readonly MessageNamespace[];
