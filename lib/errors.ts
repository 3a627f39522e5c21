/**
 * One error type for expected failures. `code` is stable (API clients and tests rely on
 * it) and doubles as the key of the translated message in the `errors` catalog.
 */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION_FAILED: 422,
  /** A body no form of ours can produce (malformed action input). */
  BAD_REQUEST: 400,
  RATE_LIMITED: 429,
  BAD_ORIGIN: 403,
  INVALID_CREDENTIALS: 401,
  EMAIL_NOT_VERIFIED: 403,
  SIGN_IN_TO_ACCEPT: 409,
  INVITATION_GONE: 404,
  TOKEN_INVALID: 400,
  SIGNUP_DISABLED: 403,
  SLUG_TAKEN: 409,
  EMAIL_TAKEN: 409,
  ALREADY_MEMBER: 409,
  PARTNER_NAME_TAKEN: 409,
  CANNOT_CHANGE_SELF: 409,
  WRONG_PASSWORD: 422,
  PHONE_MISSING: 409,
  CODE_INVALID: 422,
  CODE_EXPIRED: 422,
  BAD_SIGNATURE: 403,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_REFUSED: 415,
  FILE_EMPTY: 422,
  FILE_IN_USE: 409,
  PREVIEW_READ_ONLY: 403,
  /** A suspended partner's portal is read-only (lib/auth/context.ts `authorize`). */
  PARTNER_SUSPENDED: 403,
  SEAT_LIMIT_REACHED: 409,
  SELF_SERVICE_OFF: 403,
  /** A state machine has no such transition from the object's current state. */
  INVALID_TRANSITION: 409,
  REASON_REQUIRED: 422,
  /** Someone else saved this record since it was loaded (optimistic version). */
  STALE_EDIT: 409,
  /** Whole-file problems of a CSV import (row problems are listed in its report). */
  CSV_TOO_LARGE: 413,
  CSV_TOO_MANY_ROWS: 413,
  CSV_EMPTY: 422,
  CSV_UNREADABLE: 422,
  CSV_MISSING_COLUMNS: 422,
  /** Programs and tiers (lib/programs). */
  PROGRAM_NAME_TAKEN: 409,
  TIER_NAME_TAKEN: 409,
  TIER_IN_USE: 409,
  ALREADY_ENROLLED: 409,
  NOT_ENROLLED: 409,
  ONBOARDING_INCOMPLETE: 409,
  /** A newer agreement version was published while the partner was reading the old one. */
  AGREEMENT_CHANGED: 409,
  /** The task was marked done already (by someone else, or in another tab). */
  TASK_DONE: 409,
  /** The tenant does not take partner applications (its settings). */
  APPLICATIONS_CLOSED: 403,
  /** An application for this tax id is already waiting for a decision. */
  APPLICATION_PENDING: 409,
  /** The application was decided meanwhile (another channel manager, another tab). */
  APPLICATION_DECIDED: 409,
  /** A territory with territories below it cannot be deleted. */
  TERRITORY_HAS_CHILDREN: 409,
  /** The registration's protection (or its deal's close date) has passed: it can no longer be approved or extended. */
  REGISTRATION_EXPIRED: 409,
  /** The deal's exit criteria of the stage it leaves are not all checked. */
  EXIT_CRITERIA_UNMET: 409,
  /** A stage that deals are in cannot be deleted (move them first). */
  STAGE_IN_USE: 409,
  /** An extension of this registration is already waiting for a decision. */
  EXTENSION_PENDING: 409,
  /** The partner's time to answer a lead offer has run out (the lead goes to the next partner). */
  LEAD_OFFER_EXPIRED: 409,
  /** The price consistency guard found problems with a list being published (lib/pricing/publish.ts). */
  PRICE_CHECK_FAILED: 409,
  /** A price list with no price and no list-wide percentage cannot be published. */
  PRICE_LIST_EMPTY: 422,
  /** The product is not marked configurable (lib/configurator). */
  NOT_CONFIGURABLE: 409,
  /** The configurator's rules would contradict each other; the report is in `details`. */
  CONFIG_CONTRADICTION: 409,
  /** A configuration breaks the product's groups or rules; each violation is in `details`. */
  CONFIGURATION_INVALID: 422,
  /** A valid configuration the partner has no price for (no list prices it, another currency, below zero). */
  CONFIGURATION_UNPRICED: 409,
  /** Orders (lib/orders): not enough free stock to allocate every line (nothing was reserved). */
  OUT_OF_STOCK: 409,
  /** A stock adjustment would leave less on hand than is allocated to orders. */
  STOCK_BELOW_ALLOCATED: 409,
  /** Invoicing (lib/invoicing): applying more than a payment has left or an invoice still owes. */
  OVER_APPLICATION: 409,
  /** A credit note larger than what the invoice still owes (and not allowed to put the rest on account). */
  CREDIT_OVER_BALANCE: 409,
  /** Credit notes against one invoice adding up to more than its total. */
  CREDIT_OVER_INVOICE: 409,
  /** A payment and an invoice (or a limit) in different currencies. */
  CURRENCY_MISMATCH: 409,
  /** Warranties (lib/warranties): the unit's sale is registered already. */
  WARRANTY_ALREADY_REGISTERED: 409,
  /** A claim on a unit that is not under warranty today (expired, not started, no policy). */
  WARRANTY_NOT_COVERED: 409,
  /** A claim on an unregistered unit whose policy requires registration. */
  WARRANTY_NOT_REGISTERED: 409,
  /** The unit already has an open claim (one at a time). */
  WARRANTY_CLAIM_OPEN: 409,
  /** No price paid is known for the unit (an imported unit), so no credit can be decided. */
  WARRANTY_CREDIT_UNAVAILABLE: 409,
  /** Co-op and MDF (lib/coop): more than the fund has available (nothing was reserved). */
  COOP_OVER_AVAILABLE: 409,
  /** A claim above what its request's approval reserved. */
  COOP_OVER_APPROVED: 409,
  /** A claim or request after its claim deadline, or on an expired fund. */
  COOP_DEADLINE_PASSED: 409,
  /** The program requires an approved request before a claim. */
  COOP_PREAPPROVAL_REQUIRED: 409,
  /** The request already has its claim. */
  COOP_ALREADY_CLAIMED: 409,
  /** The activity type is not one the program reimburses. */
  COOP_ACTIVITY_NOT_ELIGIBLE: 422,
  /** A certificate asked for a unit whose sale to an end customer is not registered. */
  WARRANTY_CERTIFICATE_UNAVAILABLE: 409,
  /** Forecasting (lib/forecasting): this month's forecast is published; a month keeps one snapshot. */
  FORECAST_ALREADY_PUBLISHED: 409,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One line of an error's report: a message key ("configurator.violations.required") and its values. */
export type DetailMessage = { key: string; values: Record<string, string | number | DetailMessage> };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Field-level problems: field name → message keys (validation namespace) or texts. */
  readonly fields: Record<string, string[]> | undefined;
  /** Values interpolated into the translated message. */
  readonly params: Record<string, string | number> | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** A report of several problems, each a message key with its values (a value may itself be one). */
  readonly details: DetailMessage[] | undefined;

  constructor(
    code: ErrorCode,
    options: {
      message?: string;
      fields?: Record<string, string[]>;
      params?: Record<string, string | number>;
      retryAfterSeconds?: number;
      details?: DetailMessage[];
    } = {},
  ) {
    super(options.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.fields = options.fields;
    this.params = options.params;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = () => new AppError("NOT_FOUND");
export const forbidden = () => new AppError("FORBIDDEN");
