import type { MessageNamespace } from "@/lib/i18n/pick";

/**
 * What a deal's page (components/deals/opportunity-view.tsx) reads in the browser: the exit
 * criteria toggles, the stage move, the edit form and its country field. Sent beside the
 * form kit's and the timeline's: `[...FORM_MESSAGES, ...TIMELINE_MESSAGES, ...OPPORTUNITY_VIEW_MESSAGES]`.
 */
export const OPPORTUNITY_VIEW_MESSAGES = [
  "deals.criteria",
  "deals.form",
  "deals.move",
  "deals.opportunity",
  "forms.country",
  "forms.timeZone",
] as const satisfies readonly MessageNamespace[];
