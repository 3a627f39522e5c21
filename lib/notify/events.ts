import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import type { Permission } from "@/lib/auth/permissions";

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
  /**
   * Who receives it — what decides whether the preferences page offers it to someone:
   * `permissions`, the permission(s) its publishers choose recipients by
   * (`usersWithPermission`), or `seat`, for a message to a seat holder of that side about
   * their own seat. Required for tunable events (tests/integration/notify-audience.test.ts).
   */
  audience?: { permissions: readonly Permission[] } | { seat: "vendor" | "partner" };
};

/** The usual alert: e-mail and in-app until the user tunes it, with a one-click unsubscribe. */
function tunableAlert<const A extends NonNullable<EventDefinition["audience"]>>(audience: A) {
  const defaults: NotificationChannel[] = ["EMAIL", "IN_APP"];
  return {
    mandatory: [] as NotificationChannel[],
    defaults,
    tunable: true as const,
    unsubscribable: true as const,
    audience,
  };
}

export const EVENTS = {
  "user.invited": { mandatory: ["EMAIL"], defaults: [], tunable: false, unsubscribable: false, sensitive: true },
  "user.addedToWorkspace": { mandatory: ["EMAIL"], defaults: ["IN_APP"], tunable: false, unsubscribable: false },
  "partnerUser.invited": { mandatory: ["EMAIL"], defaults: [], tunable: false, unsubscribable: false, sensitive: true },
  "signup.verify": {
    mandatory: ["EMAIL"],
    defaults: [],
    tunable: false,
    unsubscribable: false,
    sensitive: true,
    account: true,
  },
  "password.reset": {
    mandatory: ["EMAIL"],
    defaults: [],
    tunable: false,
    unsubscribable: false,
    sensitive: true,
    account: true,
  },
  "phone.verification": {
    mandatory: ["SMS"],
    defaults: [],
    tunable: false,
    unsubscribable: false,
    sensitive: true,
    account: true,
  },
  "invitation.accepted": {
    mandatory: [],
    defaults: ["EMAIL", "IN_APP"],
    tunable: true,
    unsubscribable: true,
    // lib/seats/acceptance.ts: back-office seats → users.manage; portal seats → partnerUsers.manage
    // in the back office and partnerTeam.manage in that partner's portal
    audience: { permissions: ["users.manage", "partnerUsers.manage", "partnerTeam.manage"] },
  },
  "member.roleChanged": tunableAlert({ seat: "vendor" }),
  "partner.created": {
    mandatory: [],
    defaults: ["IN_APP"],
    tunable: true,
    unsubscribable: true,
    audience: { permissions: ["partners.manage"] },
  },
  "partner.channelManagerAssigned": {
    mandatory: [],
    defaults: ["EMAIL", "IN_APP"],
    tunable: true,
    unsubscribable: true,
    // only a seat whose role holds partners.manage can be named a channel manager
    audience: { permissions: ["partners.manage"] },
  },
  // Tasks (lib/activities): told to the assignee, on either side of the channel.
  "task.assigned": tunableAlert({ permissions: ["activities.read", "sharedActivities.read"] }),
  "task.reminder": tunableAlert({ permissions: ["activities.read", "sharedActivities.read"] }),
  "task.overdue": tunableAlert({ permissions: ["activities.read", "sharedActivities.read"] }),
  /** A partner moved in its lifecycle (lib/partners/lifecycle.ts): the vendor's side. */
  "partner.statusChanged": {
    mandatory: [],
    defaults: ["IN_APP"],
    tunable: true,
    unsubscribable: true,
    audience: { permissions: ["partners.read"] },
  },
  /**
   * …and the partner's own users: their portal opens, turns read-only or closes, so they
   * are always told, by e-mail and in the bell.
   */
  "partner.ownStatusChanged": { mandatory: ["EMAIL", "IN_APP"], defaults: [], tunable: false, unsubscribable: false },
  /** lib/programs: a partner's tier changed (evaluation, override or its end), to the back office… */
  "partner.tierChanged": {
    mandatory: [],
    defaults: ["IN_APP"],
    tunable: true,
    unsubscribable: true,
    audience: { permissions: ["partnerPrograms.manage"] },
  },
  /** …and to that partner's users, in their portal. */
  "ownTier.changed": tunableAlert({ permissions: ["ownProgram.read"] }),
  /** A partner completed its onboarding checklist in a program activated by a channel manager. */
  "partner.onboardingCompleted": tunableAlert({ permissions: ["partnerPrograms.manage"] }),
  /** A new version of the program agreement awaits the partner's acceptance. */
  "agreement.published": tunableAlert({ permissions: ["onboarding.complete"] }),
  /** A company applied on the public page: for those who decide applications. */
  "application.received": tunableAlert({ permissions: ["applications.decide"] }),
  /** The applicant, by e-mail (no login yet), either way. */
  "application.approved": { mandatory: ["EMAIL"], defaults: [], tunable: false, unsubscribable: false },
  "application.rejected": { mandatory: ["EMAIL"], defaults: [], tunable: false, unsubscribable: false },
  "conflict.opened": {
    mandatory: [],
    defaults: ["EMAIL", "IN_APP"],
    tunable: true,
    unsubscribable: true,
    // lib/conflicts/open.ts: the claimant's channel manager (partners.manage), else conflicts.resolve holders
    audience: { permissions: ["partners.manage", "conflicts.resolve"] },
  },
  // Deals (lib/deals): each step of a registration and of a deal in the pipeline.
  /** A partner registered a deal: its reviewers and the reps of the customer's territory. */
  "deal.registered": tunableAlert({ permissions: ["deals.review", "deals.read"] }),
  "deal.withdrawn": {
    mandatory: [],
    defaults: ["IN_APP"],
    tunable: true,
    unsubscribable: true,
    audience: { permissions: ["deals.review"] },
  },
  "deal.approved": tunableAlert({ permissions: ["ownDeals.read"] }),
  "deal.rejected": tunableAlert({ permissions: ["ownDeals.read"] }),
  "deal.extensionRequested": tunableAlert({ permissions: ["deals.review"] }),
  "deal.extensionDecided": tunableAlert({ permissions: ["ownDeals.read"] }),
  /** Protection ends soon / ended: the partner's users and the deal's reps. */
  "deal.expiring": tunableAlert({ permissions: ["ownDeals.read", "deals.read"] }),
  "deal.expired": tunableAlert({ permissions: ["ownDeals.read", "deals.read"] }),
  /** A deal moved to another stage: its reps, and the partner's users when the vendor moved it. */
  "deal.stageChanged": {
    mandatory: [],
    defaults: ["IN_APP"],
    tunable: true,
    unsubscribable: true,
    audience: { permissions: ["deals.read", "ownDeals.read"] },
  },
  // Leads (lib/leads): an offer to a partner, and its answer for the lead's reps.
  /** A lead was offered to the partner: its admins, who accept or decline it. */
  "lead.offered": tunableAlert({ permissions: ["ownLeads.manage"] }),
  /** The partner accepted, declined or let the SLA run out: the reps of the lead's territory. */
  "lead.accepted": {
    mandatory: [],
    defaults: ["IN_APP"],
    tunable: true,
    unsubscribable: true,
    audience: { permissions: ["leads.read"] },
  },
  "lead.declined": tunableAlert({ permissions: ["leads.read"] }),
  "lead.timedOut": tunableAlert({ permissions: ["leads.read"] }),
  // Prices (lib/pricing): a publication past the consistency guard, and what the scheduled scan finds.
  "priceList.overridden": tunableAlert({ permissions: ["pricing.manage"] }),
  "pricing.findingsFound": tunableAlert({ permissions: ["pricing.manage"] }),
  // Orders (lib/orders): a submission to its approvers, each decision to the partner's users
  // and its channel manager (the rep, who reads orders), a hold to finance as well.
  "order.submitted": tunableAlert({ permissions: ["orders.approve"] }),
  "order.approved": tunableAlert({ permissions: ["ownOrders.read", "orders.read"] }),
  "order.rejected": tunableAlert({ permissions: ["ownOrders.read", "orders.read"] }),
  "order.held": tunableAlert({ permissions: ["ownOrders.read", "orders.credit"] }),
  "order.shipped": tunableAlert({ permissions: ["ownOrders.read", "orders.read"] }),
  "order.cancelled": tunableAlert({ permissions: ["ownOrders.read", "orders.read"] }),
  // Invoicing (lib/invoicing): a partner's users hear of its invoices, payments and credit
  // notes; an overdue invoice also reaches its rep (the channel manager, who reads invoices).
  "invoice.issued": tunableAlert({ permissions: ["ownInvoices.read"] }),
  "payment.received": tunableAlert({ permissions: ["ownInvoices.read"] }),
  "creditNote.issued": tunableAlert({ permissions: ["ownInvoices.read"] }),
  "invoice.overdue": tunableAlert({ permissions: ["ownInvoices.read", "invoices.read"] }),
  // Warranties (lib/warranties): a filed claim to the vendor's warranty handlers; every later
  // step to the partner's users and the handlers; a credit to finance (receivables issues
  // the credit note, docs/warranties.md); a step past its SLA to whoever it waits for.
  "warranty.claimFiled": tunableAlert({ permissions: ["warranties.manage"] }),
  "warranty.claimUpdated": tunableAlert({ permissions: ["ownWarranties.read", "warranties.manage"] }),
  "warranty.claimOverdue": tunableAlert({ permissions: ["warranties.manage", "ownWarranties.read"] }),
  "warranty.credited": tunableAlert({ permissions: ["orders.credit"] }),
  /** A new portal user's first notification: who they work with and where to start. */
  "partnerUser.welcome": { mandatory: ["IN_APP"], defaults: [], tunable: false, unsubscribable: false },
} as const satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof EVENTS;
/** Events of one login (AccountEvent): password reset, phone code. */
export type AccountEventType = {
  [K in EventType]: (typeof EVENTS)[K] extends { account: true } ? K : never;
}[EventType];
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
