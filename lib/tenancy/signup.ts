import "server-only";
import { burnPasswordCheck, hashPassword, passwordProblems, verifyPassword } from "@/lib/auth/password";
import { consumeRateLimit, ipSubject } from "@/lib/auth/rate-limit";
import { withScope, type Tx } from "@/lib/db/scope";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createId, createSecretToken } from "@/lib/ids";
import { publishAccountEvent } from "@/lib/notify/publish";
import { hashToken } from "@/lib/users/tokens";
import { normalizeEmail, slugSchema, type SignUpInput } from "./schema";
import { openTenant } from "./service";

type RequestMeta = { requestId: string; ip: string | null };

/** A verification link works for a day. */
export const SIGNUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
/** Pending sign-ups of one address looked at by sign-in and "send again". */
const PENDING_LOOKED_AT = 3;

async function mailVerificationLink(
  tx: Tx,
  request: { email: string; adminName: string; tenantName: string; defaultLocale: string },
  token: string,
) {
  await publishAccountEvent(tx, {
    email: request.email,
    type: "signup.verify",
    payload: {
      recipients: [{ email: request.email, locale: request.defaultLocale, name: request.adminName }],
      link: `/verify-email/${token}`,
      params: { name: request.adminName, tenant: request.tenantName },
    },
  });
}

/**
 * Public self-service sign-up, step 1: checks the answers, keeps them as a pending
 * SignupRequest and e-mails a verification link. No tenant, login or seat exists until
 * the link is followed (completeSignup), so an address nobody proved can neither log in
 * anywhere nor hold a workspace slug. An address that only an invitation created (no
 * password) may sign up; a login with a password gets EMAIL_TAKEN, as before.
 */
export async function signUpTenant(meta: RequestMeta, input: SignUpInput): Promise<{ email: string }> {
  if (!env().PUBLIC_SIGNUP_ENABLED) throw new AppError("SIGNUP_DISABLED");
  await consumeRateLimit("signupByIp", ipSubject(meta.ip));
  const email = normalizeEmail(input.email);
  const slug = input.slug.trim().toLowerCase();
  const problems = passwordProblems(input.password, [email, input.adminName, input.tenantName]);
  if (problems.length) throw new AppError("VALIDATION_FAILED", { fields: { password: problems } });
  // Slow work before any transaction opens.
  const passwordHash = await hashPassword(input.password);
  const token = createSecretToken();
  await withScope({ audience: "anonymous", userEmail: email, tenantSlug: slug }, async (tx) => {
    if (await tx.tenant.findUnique({ where: { slug }, select: { id: true } })) {
      throw new AppError("SLUG_TAKEN", { fields: { slug: ["errors.SLUG_TAKEN"] } });
    }
    const login = await tx.user.findUnique({ where: { email }, select: { passwordHash: true } });
    if (login?.passwordHash) throw new AppError("EMAIL_TAKEN", { fields: { email: ["errors.EMAIL_TAKEN"] } });
    const request = {
      id: createId("signupRequest"),
      email,
      adminName: input.adminName,
      passwordHash,
      tenantName: input.tenantName,
      slug,
      defaultLocale: input.defaultLocale,
      currency: input.currency,
      timeZone: input.timeZone,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + SIGNUP_TOKEN_TTL_MS),
    };
    // createMany: no RETURNING, which the row-level policy would have to allow reading.
    await tx.signupRequest.createMany({ data: [request] });
    await mailVerificationLink(tx, request, token);
  });
  return { email };
}

async function findByToken(token: string) {
  const tokenHash = hashToken(token);
  const row = await withScope({ audience: "anonymous", tokenHash }, (tx) =>
    tx.signupRequest.findUnique({ where: { tokenHash } }),
  );
  if (!row || row.usedAt || row.expiresAt <= new Date()) return null;
  return row;
}

/** What the verification page shows (null = unusable link). */
export async function describeSignup(token: string) {
  const row = await findByToken(token);
  return row ? { email: row.email, tenantName: row.tenantName, slug: row.slug } : null;
}

/**
 * Step 2, from the e-mailed link: the person confirms with the password they chose (so
 * a leaked link alone opens nothing), then the tenant, the verified login and its admin
 * seat are created in one transaction that first consumes the token with a conditional
 * update — of several concurrent uses exactly one succeeds. Returns where to go after
 * signing in.
 */
export async function completeSignup(meta: RequestMeta, input: { token: string; password: string }) {
  const row = await findByToken(input.token);
  if (!row) throw new AppError("TOKEN_INVALID");
  if (!(await verifyPassword(row.passwordHash, input.password))) {
    throw new AppError("WRONG_PASSWORD", { fields: { password: ["errors.WRONG_PASSWORD"] } });
  }
  const result = await openTenant(
    {
      ...row,
      email: row.email,
      defaultLocale: row.defaultLocale as SignUpInput["defaultLocale"],
      currency: row.currency as SignUpInput["currency"],
    },
    meta,
    {
      adoptUnclaimedLogin: true,
      async before(tx) {
        const now = new Date();
        const consumed = await tx.signupRequest.updateMany({
          where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        });
        if (consumed.count !== 1) throw new AppError("TOKEN_INVALID");
      },
    },
  );
  return { email: row.email, home: `/${result.slug}/admin` };
}

/** The newest pending sign-ups of an address (unused, unexpired). */
async function pendingOf(email: string) {
  return withScope({ audience: "anonymous", userEmail: email }, (tx) =>
    tx.signupRequest.findMany({
      where: { email, usedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      take: PENDING_LOOKED_AT,
    }),
  );
}

async function matchingPending(email: string, password: string) {
  for (const row of await pendingOf(email)) if (await verifyPassword(row.passwordHash, password)) return row;
  return null;
}

/**
 * Whether `password` is that of a sign-up of `email` still waiting for its link (sign-in
 * answers EMAIL_NOT_VERIFIED then). Costs a password check even when there is none.
 */
export async function pendingSignupMatches(email: string, password: string): Promise<boolean> {
  const row = await matchingPending(email, password);
  if (!row) await burnPasswordCheck(password);
  return row !== null;
}

/**
 * "Send the link again" (sign-in and sign-up pages): given the address and the password
 * chosen at sign-up, replaces that pending sign-up's token and mails a new link. The
 * answer is the same whether or not anything matched, and is rate-limited per client.
 */
export async function resendVerification(meta: RequestMeta, input: { email: string; password: string }): Promise<void> {
  await consumeRateLimit("verificationResendByIp", ipSubject(meta.ip));
  const email = normalizeEmail(input.email);
  const row = await matchingPending(email, input.password);
  if (!row) {
    await burnPasswordCheck(input.password);
    return;
  }
  const token = createSecretToken();
  await withScope({ audience: "anonymous", userEmail: email }, async (tx) => {
    const renewed = await tx.signupRequest.updateMany({
      where: { id: row.id, usedAt: null },
      data: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + SIGNUP_TOKEN_TTL_MS) },
    });
    if (renewed.count === 1) await mailVerificationLink(tx, row, token);
  });
}

export type SlugAvailability =
  | { slug: string; available: true }
  /** `invalid`: the address breaks a rule (message key in `message`); `taken`: it is in use. */
  | { slug: string; available: false; reason: "invalid" | "taken"; message: string };

/**
 * Whether a workspace address is free, for the sign-up form as one types. It tells no
 * more than sign-up itself does (taken or not — never whose), and each lookup counts
 * against a per-IP rate limit; a malformed address is answered without a lookup.
 */
export async function checkSlugAvailability(meta: { ip: string | null }, rawSlug: string): Promise<SlugAvailability> {
  if (!env().PUBLIC_SIGNUP_ENABLED) throw new AppError("SIGNUP_DISABLED");
  const parsed = slugSchema.safeParse(rawSlug);
  if (!parsed.success) {
    return { slug: rawSlug, available: false, reason: "invalid", message: parsed.error.issues[0]?.message ?? "validation.slugFormat" };
  }
  const slug = parsed.data;
  await consumeRateLimit("slugCheckByIp", ipSubject(meta.ip));
  const existing = await withScope({ audience: "anonymous", tenantSlug: slug }, (tx) =>
    tx.tenant.findUnique({ where: { slug }, select: { id: true } }),
  );
  return existing ? { slug, available: false, reason: "taken", message: "errors.SLUG_TAKEN" } : { slug, available: true };
}

/**
 * Drops sign-up requests whose link expired more than a day ago (the worker's
 * housekeeping); the day of grace keeps "link expired" answers meaningful a while.
 */
export async function pruneExpiredSignups(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const { count } = await withScope({ audience: "worker" }, (tx) =>
    tx.signupRequest.deleteMany({ where: { expiresAt: { lt: cutoff } } }),
  );
  return count;
}
