import pino, { type Logger } from "pino";
import { env } from "@/lib/env";

/**
 * Structured logs (pino): one JSON object per line with level, time, message and
 * context, so production logs can be searched by request, tenant or user.
 *
 *   logger.info({ deliveryId }, "delivery sent")         // process-wide (worker, scripts)
 *   loggerFor(ctx).warn({ partnerId }, "tier changed")   // a request's: requestId, tenantId, userId
 *
 * Secrets never reach the output: every logged object is walked and values under
 * secret-looking keys (passwords, tokens, cookies, authorization, codes…) are replaced,
 * and strings are scrubbed of credentials in URLs, bearer tokens and emailed-link tokens.
 * Key-based redaction at any depth, rather than pino's fixed `redact` paths, because
 * context objects (errors, payloads, headers) nest arbitrarily.
 */

export const REDACTED = "[redacted]";

/** Keys whose values are secrets wherever they appear (compared lower-cased, without - and _). */
const SECRET_KEYS = /^(password|newpassword|currentpassword|passwordhash|pass|secret|clientsecret|token|accesstoken|refreshtoken|idtoken|sessiontoken|authtoken|tokenhash|apikey|authorization|proxyauthorization|cookie|setcookie|xtwiliosignature|code|codehash|otp|phonecode|verificationcode|smtpurl|databaseurl|databaseappurl)$/;
/** …and keys that merely contain these words (twilioAuthToken, AUTH_SECRET, x-api-key…). */
const SECRET_PARTS = /(password|secret|token|cookie|authorization|apikey)/;

/** An error code ("ECONNREFUSED", "P2002", "NOT_FOUND") is not a verification code: keep those. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]+$|^P\d{4}$|^\d{3}$/;

function isSecretKey(key: string, value: unknown): boolean {
  const k = key.toLowerCase().replace(/[-_]/g, "");
  if (k === "code") return !(typeof value === "string" && ERROR_CODE.test(value)) && typeof value !== "number";
  return SECRET_KEYS.test(k) || SECRET_PARTS.test(k);
}

/** Secrets inside free text: URL credentials, bearer tokens, tokens in emailed links. */
export function scrub(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]*:[^/\s@]*@/gi, `$1${REDACTED}@`)
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`)
    .replace(/(\/(?:reset-password|invite|unsubscribe)\/)[^/\s?#"'<>]+/g, `$1${REDACTED}`);
}

function serializeError(error: Error): Record<string, unknown> {
  const out: Record<string, unknown> = { type: error.name, message: error.message, stack: error.stack };
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (code !== undefined) out.code = code;
  if (cause !== undefined) out.cause = cause;
  return out;
}

/** A copy of `value` with secrets replaced (depth-limited; cycles end in "[circular]"). */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return scrub(value);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value;
  if (seen.has(value)) return "[circular]";
  if (depth > 8) return "[deep]";
  seen.add(value);
  if (value instanceof Error) return redact(serializeError(value), depth + 1, seen);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1, seen));
  if (value instanceof Headers || value instanceof Map) {
    return redact(Object.fromEntries(value.entries()), depth + 1, seen);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key, item) && item !== null && item !== undefined ? REDACTED : redact(item, depth + 1, seen);
  }
  return out;
}

/** pino options shared by the app's logger and tests that capture output. */
export function loggerOptions(level: string = env().LOG_LEVEL): pino.LoggerOptions {
  return {
    level,
    base: { service: "canal" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // "level":"warn" rather than 40: readable without a pino-aware viewer.
    formatters: { level: (label) => ({ level: label }), log: (object) => redact(object) as Record<string, unknown> },
    // Errors are already plain objects made by `redact` (message and stack scrubbed);
    // pino's own error serializer would only relabel them.
    serializers: { err: (value: unknown) => value },
    // The finished line once more, for text outside the logged object (a message taken
    // from an error, child bindings).
    hooks: { streamWrite: scrub },
  };
}

/** A logger writing to `destination` (default: standard output) with the options above. */
export function createLogger(destination?: pino.DestinationStream, level?: string): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}

let root: Logger | undefined;

function rootLogger(): Logger {
  root ??= createLogger();
  return root;
}

/** The process-wide logger (created on first use, after the environment is loaded). */
export const logger: Pick<Logger, "debug" | "info" | "warn" | "error" | "fatal"> & { child(bindings: pino.Bindings): Logger } = {
  debug: (...args: Parameters<Logger["debug"]>) => rootLogger().debug(...args),
  info: (...args: Parameters<Logger["info"]>) => rootLogger().info(...args),
  warn: (...args: Parameters<Logger["warn"]>) => rootLogger().warn(...args),
  error: (...args: Parameters<Logger["error"]>) => rootLogger().error(...args),
  fatal: (...args: Parameters<Logger["fatal"]>) => rootLogger().fatal(...args),
  child: (bindings: pino.Bindings) => rootLogger().child(bindings),
};

/** What a request's log lines carry: any context of lib/auth/context.ts, or just the request info. */
export type LogContext = {
  requestId: string;
  audience?: string;
  tenantId?: string;
  user?: { id: string };
  partnerId?: string;
};

const perContext = new WeakMap<object, Logger>();

/**
 * The child logger of one request: every line carries its request id and, once the
 * audience wrapper resolved them, the tenant, user and partner. One per context object.
 */
export function loggerFor(ctx: LogContext): Logger {
  let log = perContext.get(ctx);
  if (!log) {
    log = rootLogger().child({
      requestId: ctx.requestId,
      ...(ctx.audience ? { audience: ctx.audience } : {}),
      ...(ctx.tenantId ? { tenantId: ctx.tenantId } : {}),
      ...(ctx.user ? { userId: ctx.user.id } : {}),
      ...(ctx.partnerId ? { partnerId: ctx.partnerId } : {}),
    });
    perContext.set(ctx, log);
  }
  return log;
}
