/**
 * What the delivery loop hands a transport and what it gets back. Transports know
 * nothing about the queue: they send one message or throw a SendError.
 */
export type OutgoingMessage = {
  deliveryId: string;
  tenantId: string | null;
  to: string;
  subject: string | null;
  body: string;
  html: string | null;
  /** extra e-mail headers (RFC 8058 List-Unsubscribe…); ignored by SMS */
  headers: Record<string, string> | null;
  /** files sent with an e-mail (a warranty certificate); ignored by SMS and the dev mailbox */
  attachments?: { filename: string; contentType: string; content: Buffer }[];
};

export type SendResult = {
  /** SMTP Message-ID or Twilio message SID: status callbacks are matched on it */
  providerMessageId: string;
};

export interface Transport {
  /** "smtp", "twilio", "capture" — for logs */
  readonly name: string;
  send(message: OutgoingMessage): Promise<SendResult>;
  /** Closes pooled connections (worker shutdown, tests). */
  close(): Promise<void>;
}

export type Transports = { EMAIL: Transport; SMS: Transport };

export type TwilioConfig = {
  accountSid: string;
  authToken: string;
  /** E.164 number, or a Messaging Service SID (MG…) */
  from: string;
  /** sends the SDK's requests to this origin (tests, gateways) instead of api.twilio.com */
  apiBaseUrl?: string | undefined;
};

export type TransportConfig = {
  /** null/undefined = capture e-mail in the development mailbox */
  smtpUrl?: string | null | undefined;
  mailFrom: string;
  /** pooled SMTP connections (default 8) */
  smtpMaxConnections?: number | undefined;
  /** null/undefined = capture SMS in the development mailbox */
  twilio?: TwilioConfig | null | undefined;
  /** public base URL: Twilio's status callback goes to APP_URL/api/webhooks/twilio/status */
  appUrl: string;
};

/**
 * A failed send. `permanent` means retrying cannot help (the provider refused the
 * recipient): the delivery becomes BOUNCED instead of being retried.
 */
export class SendError extends Error {
  readonly permanent: boolean;
  constructor(message: string, options: { permanent?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "SendError";
    this.permanent = options.permanent ?? false;
  }
}

/**
 * A short error text for the delivery log: no credentials (URLs with user:pass are
 * redacted), one line, bounded length.
 */
export function shortError(error: unknown): string {
  let raw = String(error);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    raw = typeof code === "string" || typeof code === "number" ? `${code}: ${error.message}` : error.message;
  }
  return raw
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi, "$1***@")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
}
