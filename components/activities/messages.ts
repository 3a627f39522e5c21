import type { MessageNamespace } from "@/lib/i18n/pick";

/**
 * What a timeline's client parts read in the browser: the "Log activity" form (its labels,
 * kinds, visibility, reminders and rule messages) and "Mark done". A page with a timeline
 * sends these beside the form kit's: `<ClientMessages namespaces={[...FORM_MESSAGES, ...TIMELINE_MESSAGES]}>`.
 */
export const TIMELINE_MESSAGES = [
  "activities.log",
  "activities.kinds",
  "activities.visibility",
  "activities.reminders",
  "activities.validation",
  "activities.task",
] as const satisfies readonly MessageNamespace[];
