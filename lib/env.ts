import { z } from "zod";

/**
 * Every environment variable Canal reads, validated once. Nothing else reads
 * `process.env` for configuration, so `.env.example` and this file are the full list.
 */
const booleanString = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Connection string of the app's database role (RLS applies to it). Set by the launcher when embedded. */
    DATABASE_APP_URL: z.string().url().optional(),
    /** Public base URL of the app, used in emailed links. */
    APP_URL: z.string().url().default("http://localhost:3000"),
    /**
     * Signs and encrypts session JWTs and unsubscribe links. No default in any mode:
     * `npm run dev` / `npm start` generate a random one into .data/auth-secret on first
     * start; tests pass their own; deployments with several instances set it explicitly.
     */
    AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters (openssl rand -base64 48)" }).optional(),
    /** Whether anyone may create a tenant from the landing page. */
    PUBLIC_SIGNUP_ENABLED: booleanString.default(true),
    /** smtp(s)://user:pass@host:port — empty means "capture mail in the dev mailbox". */
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("Canal <no-reply@canal.localhost>"),
    /** Twilio account for SMS; all three empty means "capture SMS in the dev mailbox". */
    TWILIO_ACCOUNT_SID: z.string().optional(),
    TWILIO_AUTH_TOKEN: z.string().optional(),
    /** Sender: an E.164 number, or a Messaging Service SID (MG…). */
    TWILIO_FROM: z.string().optional(),
    /** Sends the SDK's API requests to another host (tests, self-hosted gateways); empty = api.twilio.com. */
    TWILIO_API_BASE_URL: z.string().url().optional(),
    /** How often an idle alerts worker looks for due deliveries. */
    WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
    /** How often an idle worker looks for due background jobs (lib/jobs/scheduler.ts), in seconds. */
    JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
    /** How often one of the workers checks the job schedules (cron), in seconds (pg-boss allows 1–45). */
    JOB_CRON_CHECK_SECONDS: z.coerce.number().int().min(1).max(45).default(30),
    /** Attempts before a delivery is DEAD (an admin can retry it from the delivery log). */
    DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
    /** Deliveries claimed (and outbox events expanded) per worker pass and channel. */
    WORKER_BATCH_SIZE: z.coerce.number().int().min(1).max(1_000).default(200),
    /** Sends in flight per channel and worker process. */
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
    /** Pooled connections to the SMTP relay per worker process (most relays accept 5–20). */
    SMTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100).default(8),
    /** Per-process send rate limits (token bucket), e.g. the SMTP relay's or Twilio number's limit. */
    EMAIL_PER_SECOND: z.coerce.number().positive().max(10_000).default(20),
    SMS_PER_SECOND: z.coerce.number().positive().max(10_000).default(1),
    /** Show captured mail at /dev/mailbox. Defaults to on outside production. */
    DEV_MAILBOX_ENABLED: booleanString.optional(),
    /** Pool size per app instance. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    /**
     * Reverse proxies in front of the app (see lib/http/client-ip.ts). 0: the socket's
     * address is the client and X-Forwarded-* headers are ignored; N: the N-th
     * X-Forwarded-For entry from the end is the client, X-Forwarded-Host the public host.
     */
    TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
    /**
     * Where uploaded files' bytes go: "postgres" (the default: one machine needs nothing
     * else) or "s3" (any S3-compatible store, with the S3_* settings below). Each file
     * remembers its storage, so files stored before a switch stay readable.
     */
    FILE_STORAGE: z.enum(["postgres", "s3"]).default("postgres"),
    /** The store's base URL (MinIO, R2, Ceph…); empty = AWS S3 in S3_REGION. */
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** Bucket in the path (`endpoint/bucket/key`) rather than the host name; defaults to on when S3_ENDPOINT is set. */
    S3_FORCE_PATH_STYLE: booleanString.optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    /** Make a missing translation an error instead of a logged fallback (tests, CI). */
    CANAL_STRICT_I18N: booleanString.default(false),
  })
  .superRefine((value, issues) => {
    if (value.FILE_STORAGE !== "s3") return;
    for (const key of ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (!value[key]) issues.addIssue({ code: "custom", path: [key], message: "is required when FILE_STORAGE=s3" });
    }
  });

export type Env = z.infer<typeof schema>;

function load(): Env {
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The validated environment (parsed on first use, then cached). */
export function env(): Env {
  cached ??= load();
  return cached;
}

/**
 * The session and link-signing secret. Missing is an error in every mode (there is no
 * built-in fallback a deployment could forget to change).
 */
export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) {
    throw new Error(
      "AUTH_SECRET is not set. `npm run dev` and `npm start` generate one into .data/auth-secret; " +
        "elsewhere set it to a private random value (openssl rand -base64 48).",
    );
  }
  return secret;
}

/**
 * The development mailbox exists only while nothing can be sent for real (no SMTP
 * server configured), and then by default outside production. Who may read it is
 * decided per request (lib/mailbox/service.ts).
 */
export function devMailboxEnabled(): boolean {
  const e = env();
  if (e.SMTP_URL) return false;
  return e.DEV_MAILBOX_ENABLED ?? e.NODE_ENV !== "production";
}
