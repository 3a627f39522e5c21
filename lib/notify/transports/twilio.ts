import "server-only";
import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";
import {
  SendError,
  shortError,
  type OutgoingMessage,
  type SendResult,
  type Transport,
  type TwilioConfig,
} from "./types";

/** Path of the status-callback route (app/api/webhooks/twilio/status/route.ts). */
export const TWILIO_STATUS_PATH = "/api/webhooks/twilio/status";

export function twilioStatusCallbackUrl(appUrl: string): string {
  return new URL(TWILIO_STATUS_PATH, appUrl).toString();
}

/**
 * The SDK has no base-URL setting; its documented `httpClient` hook lets us send its
 * requests to another origin (a local server in tests, a gateway when self-hosting)
 * while keeping the SDK's own paths, auth and form encoding.
 */
class RebasedRequestClient extends twilio.RequestClient {
  private readonly base: string;
  constructor(baseUrl: string) {
    super({ timeout: 30_000 });
    this.base = baseUrl.replace(/\/+$/, "");
  }
  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const original = new URL(opts.uri);
    return super.request<TData>({ ...opts, uri: `${this.base}${original.pathname}${original.search}` });
  }
}

/**
 * Twilio errors that name a bad recipient (invalid number, landline, opted out with
 * STOP, unreachable region): retrying cannot help.
 * https://www.twilio.com/docs/api/errors
 */
const PERMANENT_CODES = new Set([21211, 21214, 21408, 21610, 21612, 21614]);

function isPermanent(error: unknown): boolean {
  const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown };
  return status === 400 && typeof code === "number" && PERMANENT_CODES.has(code);
}

/** SMS through the twilio SDK's Messages API. */
export function createTwilioTransport(config: TwilioConfig & { appUrl: string }): Transport {
  const client = twilio(config.accountSid, config.authToken, {
    ...(config.apiBaseUrl ? { httpClient: new RebasedRequestClient(config.apiBaseUrl) } : {}),
  });
  const statusCallback = twilioStatusCallbackUrl(config.appUrl);
  // A Messaging Service SID picks the sender from its pool; anything else is a number.
  const sender = config.from.startsWith("MG") ? { messagingServiceSid: config.from } : { from: config.from };
  return {
    name: "twilio",
    async send(message: OutgoingMessage): Promise<SendResult> {
      try {
        const created = await client.messages.create({ to: message.to, body: message.body, statusCallback, ...sender });
        return { providerMessageId: created.sid };
      } catch (error) {
        throw new SendError(shortError(error), { permanent: isPermanent(error), cause: error });
      }
    },
    async close() {},
  };
}
