/**
 * Words for notification and event types, shared by server pages and the client bell.
 * Catalog keys cannot contain dots (next-intl reads them as nesting), so "partner.created"
 * is stored as "partner_created". A type without words (a newer module's event) still
 * renders, with a generic title, instead of failing.
 */

/** The part of a next-intl translator (server or client) these helpers use. */
export type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** Values each notification text expects; missing ones become "" rather than an ICU error. */
const PARAMS: Record<string, readonly string[]> = {
  user_addedToWorkspace: ["tenant", "inviter"],
  invitation_accepted: ["name", "tenant"],
  member_roleChanged: ["role", "tenant"],
  partner_created: ["partner", "actor"],
  partner_channelManagerAssigned: ["partner", "actor"],
  partnerUser_welcome: ["tenant", "partner"],
  partner_tierChanged: ["partner", "program", "tier", "previous"],
  ownTier_changed: ["program", "tier", "previous"],
  partner_onboardingCompleted: ["partner", "program"],
  agreement_published: ["program", "version"],
  task_assigned: ["task", "actor", "due"],
  task_reminder: ["task", "due"],
  task_overdue: ["task", "due"],
  partner_statusChanged: ["partner", "status", "reason", "actor", "tenant"],
  partner_ownStatusChanged: ["partner", "status", "reason", "tenant"],
  application_received: ["company", "country", "tenant"],
  conflict_opened: ["account", "partner", "count"],
  deal_registered: ["deal", "customer", "partner", "flagged"],
  deal_withdrawn: ["deal", "customer", "partner"],
  deal_approved: ["deal", "customer", "until", "reason"],
  deal_rejected: ["deal", "customer", "reason"],
  deal_extensionRequested: ["deal", "customer", "partner", "days"],
  deal_extensionDecided: ["deal", "customer", "decision", "until", "reason"],
  deal_expiring: ["deal", "customer", "until"],
  deal_expired: ["deal", "customer"],
  deal_stageChanged: ["deal", "customer", "stage", "actor"],
  lead_offered: ["company", "hours"],
  lead_accepted: ["company", "partner"],
  lead_declined: ["company", "partner", "reason"],
  lead_timedOut: ["company", "partner"],
  priceList_overridden: ["list", "count", "actor", "reason"],
  pricing_findingsFound: ["count"],
  order_submitted: ["order", "partner", "total", "approval"],
  order_approved: ["order", "total"],
  order_rejected: ["order", "reason"],
  order_held: ["order", "partner", "reason", "kind"],
  order_cancelled: ["order", "reason"],
  order_shipped: ["order", "carrier", "tracking", "complete"],
  invoice_issued: ["invoice", "order", "total", "due"],
  payment_received: ["amount", "reference", "applied"],
  creditNote_issued: ["creditNote", "invoice", "total", "onAccount", "reason"],
  invoice_overdue: ["invoice", "partner", "balance", "due", "days"],
  warranty_claimFiled: ["claim", "partner", "serial", "failure"],
  warranty_claimUpdated: ["claim", "serial", "status", "reason", "rma", "tenant"],
  warranty_credited: ["claim", "partner", "serial", "amount"],
  warranty_claimOverdue: ["claim", "serial", "status", "due"],
};

export const typeKey = (type: string) => type.replaceAll(".", "_");

/**
 * Title and body of a notification. `t` is the `notifications` translator, `enums` the
 * `enums` one: a role travels as its code ("SALES_REP") and is shown in the reader's language.
 */
export function notificationText(
  t: Translate,
  enums: Translate,
  type: string,
  params: Record<string, string>,
): { title: string; body: string } {
  const key = typeKey(type);
  const expected = PARAMS[key];
  if (!expected || !t.has(`types.${key}.title`)) {
    return { title: t("types.fallback.title"), body: t("types.fallback.body") };
  }
  const values: Record<string, string> = {};
  for (const name of expected) values[name] = params[name] ?? "";
  if (values.role) {
    const role = values.role;
    if (enums.has(`vendorRole.${role}`)) values.role = enums(`vendorRole.${role}`);
    else if (enums.has(`partnerRole.${role}`)) values.role = enums(`partnerRole.${role}`);
  }
  return { title: t(`types.${key}.title`, values), body: t(`types.${key}.body`, values) };
}

/** "A partner was created" for "partner.created"; the raw type when we have no words for it. */
export function eventLabel(t: Translate, type: string): string {
  const key = `events.${typeKey(type)}`;
  return t.has(key) ? t(key) : type;
}

/**
 * Deep links come from stored events; only same-site paths are followed, anything else
 * (an absolute or protocol-relative URL) falls back to the notification center.
 */
export function safeLink(link: string, fallback: string): string {
  return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : fallback;
}
