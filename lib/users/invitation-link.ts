import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sessions";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { assertStrong } from "./account";
import { acceptSeats } from "@/lib/seats/acceptance";
import { consumeToken, findUsableToken } from "./tokens";

type RequestMeta = { requestId: string; ip: string | null };

/**
 * What the invitation page shows (null = unusable link). `hasLogin`: the address already
 * has a password — the link then only asks them to sign in and accept on their
 * workspace chooser; it never sets a password over an existing one.
 */
export async function describeInvitation(token: string) {
  const row = await findUsableToken(token, "INVITATION");
  if (!row?.tenantId) return null;
  const tenantId = row.tenantId;
  return withScope({ audience: "anonymous", userId: row.userId, tenantId }, async (tx) => {
    const [user, tenant] = await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: row.userId }, select: { email: true, name: true, passwordHash: true } }),
      tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true, slug: true } }),
    ]);
    return { email: user.email, name: user.name, tenantName: tenant.name, tenantSlug: tenant.slug, hasLogin: !!user.passwordHash };
  });
}

/**
 * Accepts an invitation from its e-mailed link, for a login that has no password yet:
 * the person chooses their name and password (which proves the address) and their
 * invited seats in the inviting tenant become ACTIVE. A login that already has a
 * password is refused with SIGN_IN_TO_ACCEPT. Strength check and hashing run before the
 * transaction; the token is consumed by a conditional update inside it. Returns where
 * to go after signing in.
 */
export async function acceptInvitation(meta: RequestMeta, input: { token: string; name: string; password: string }) {
  const row = await findUsableToken(input.token, "INVITATION");
  if (!row?.tenantId) throw new AppError("TOKEN_INVALID");
  const { userId, tenantId } = { userId: row.userId, tenantId: row.tenantId };
  const user = await withScope({ audience: "anonymous", userId }, (tx) =>
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } }),
  );
  if (user.passwordHash) throw new AppError("SIGN_IN_TO_ACCEPT");
  assertStrong(input.password, [user.email, input.name]);
  const passwordHash = await hashPassword(input.password);

  return withScope({ audience: "system", userId, tenantId }, async (tx) => {
    const consumed = await consumeToken(tx, input.token, "INVITATION");
    if (consumed?.userId !== userId || consumed.tenantId !== tenantId) throw new AppError("TOKEN_INVALID");
    // Conditional too: a password set meanwhile (a reset, another invitation) is never replaced.
    const claimed = await tx.user.updateMany({
      where: { id: userId, passwordHash: null },
      data: { name: input.name, passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("SIGN_IN_TO_ACCEPT");
    await endAllSessions(tx, userId);
    const { home } = await acceptSeats(tx, { userId, tenantId, name: input.name, email: user.email, meta });
    return { email: user.email, home };
  });
}
