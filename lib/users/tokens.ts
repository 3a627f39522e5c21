import "server-only";
import { createHash } from "node:crypto";
import { withScope, type Tx } from "@/lib/db/scope";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";
import { createId, createSecretToken } from "@/lib/ids";

export const TOKEN_TTL_MS = { PASSWORD_RESET: 60 * 60 * 1000, INVITATION: 7 * 24 * 60 * 60 * 1000 } as const;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a single-use emailed token and returns the clear token for the e-mail. By
 * default the user's older unused tokens of the same purpose and tenant die (only the
 * newest invitation link works); `keepOlder` leaves them valid until they expire, so
 * that a stranger asking for reset links cannot kill the one in the owner's inbox.
 */
export async function issueToken(
  tx: Tx,
  input: { userId: string; purpose: AuthTokenPurpose; tenantId: string | null; keepOlder?: boolean },
) {
  if (!input.keepOlder) {
    // Only this tenant's older links die: an invitation from another tenant stays valid.
    await tx.authToken.deleteMany({
      where: { userId: input.userId, purpose: input.purpose, tenantId: input.tenantId, usedAt: null },
    });
  }
  const token = createSecretToken();
  await tx.authToken.create({
    data: {
      id: createId("authToken"),
      userId: input.userId,
      purpose: input.purpose,
      tenantId: input.tenantId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + TOKEN_TTL_MS[input.purpose]),
    },
  });
  return token;
}

/**
 * The token's row if it is of this purpose, unused and unexpired; null otherwise. A
 * look only (pages, and the slow checks done before a transaction opens): the use itself
 * must go through `consumeToken`.
 */
export async function findUsableToken(token: string, purpose: AuthTokenPurpose) {
  const row = await withScope({ audience: "anonymous" }, (tx) =>
    tx.authToken.findUnique({ where: { tokenHash: hashToken(token) } }),
  );
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= new Date()) return null;
  return row;
}

/**
 * Uses a token, inside the transaction that does what the token allows: one conditional
 * UPDATE … WHERE "usedAt" IS NULL whose row count decides, so of several concurrent uses
 * exactly one gets the row (the others wait for its lock, then match nothing). Returns
 * null when the token is unknown, used, expired or of another purpose.
 */
export async function consumeToken(tx: Tx, token: string, purpose: AuthTokenPurpose) {
  const now = new Date();
  const [row] = await tx.authToken.updateManyAndReturn({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return row ?? null;
}
