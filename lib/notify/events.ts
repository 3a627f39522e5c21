import type { NotificationChannel } from "@/lib/generated/prisma/enums";

/**
 * Every event Canal publishes, with who may tune it. `mandatory` channels always go out
 * (security and account messages: an invitation or a reset link the user asked for);
 * `defaults` apply to tunable events until the user saves a preference.
 */
export type EventDefinition = {
  /** channels that ignore preferences */
  mandatory: NotificationChannel[];
  /** channels used when the user has no preference row (tunable events only) */
  defaults: NotificationChannel[];
  /** shown on the preferences page */
  tunable: boolean;
  /** whether the e-mail carries a one-click unsubscribe (RFC 8058) */
  unsubscribable: boolean;
  /** carries a secret (sign-in link, code): redacted from the outbox once expanded */
  sensitive?: boolean;
  /**
   * About a login rather than a tenant (password reset, phone code): published to the
   * account outbox (AccountEvent) by a session acting as that user, never in-app.
   */
  account?: true;
};

export const EVENTS = {
  "user.invited": { mandatory: ["EMAIL"], defaults: [], tunable: false, unsubscribable: false, sensitive: true },
  "user.addedToWorkspace": { mandatory: ["EMAIL"], defaults: ["IN_APP"], tunable: false, unsubscribable: false },
  "partnerUser.invited": { mandatory: ["EMAIL"], defaults: [], tunable: false, unsubscribable: false, sensitive: true },
  "signup.verify": { mandatory: ["EMAIL"], defaults: [], tunable: false, unsubscribable: false, sensitive: true, account: true },
  "password.reset": { mandatory: ["EMAIL"], defaults: [], tunable: false, unsubscribable: false, sensitive: true, account: true },
  "phone.verification": { mandatory: ["SMS"], defaults: [], tunable: false, unsubscribable: false, sensitive: true, account: true },
  "invitation.accepted": { mandatory: [], defaults: ["EMAIL", "IN_APP"], tunable: true, unsubscribable: true },
  "member.roleChanged": { mandatory: [], defaults: ["EMAIL", "IN_APP"], tunable: true, unsubscribable: true },
  "partner.created": { mandatory: [], defaults: ["IN_APP"], tunable: true, unsubscribable: true },
} as const satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof EVENTS;
/** Events of one login (AccountEvent): password reset, phone code. */
export type AccountEventType = { [K in EventType]: (typeof EVENTS)[K] extends { account: true } ? K : never }[EventType];
/** Events of one tenant (OutboxEvent): everything else. */
export type TenantEventType = Exclude<EventType, AccountEventType>;

export const TUNABLE_EVENTS = (Object.keys(EVENTS) as EventType[]).filter((type) => EVENTS[type].tunable);

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENTS, value);
}

export function isSensitive(type: string): boolean {
  return isEventType(type) && "sensitive" in EVENTS[type];
}

/**
 * Who an event is for. Services name users (by id) or, before an account exists, an
 * address; the worker resolves contact details, language and preferences at expansion.
 */
export type Recipient =
  | { userId: string }
  | { email: string; locale: string; name?: string }
  | { phone: string; locale: string; userId?: string };

/** The payload every event carries, plus event-specific values for the templates. */
export type EventPayload = {
  recipients: Recipient[];
  /** path under APP_URL the message links to ("/acme/admin/users") */
  link: string;
  /** values interpolated into the templates (names, tenant, codes…) */
  params: Record<string, string>;
};
