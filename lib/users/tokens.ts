import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db/scope";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";
import { createId, createSecretToken } from "@/lib/ids";

export const TOKEN_TTL_MS = { PASSWORD_RESET: 60 * 60 * 1000, INVITATION: 7 * 24 * 60 * 60 * 1000 } as const;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a single-use emailed token, replacing the user's older unused ones of the
 * same purpose and tenant (only the newest link works). Returns the clear token for the e-mail.
 */
export async function issueToken(tx: Tx, input: { userId: string; purpose: AuthTokenPurpose; tenantId: string | null }) {
  // Only this tenant's older links die: an invitation from another tenant stays valid.
  await tx.authToken.deleteMany({
    where: { userId: input.userId, purpose: input.purpose, tenantId: input.tenantId, usedAt: null },
  });
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

/** The token's row if it is of this purpose, unused and unexpired; null otherwise. */
export async function findUsableToken(tx: Tx, token: string, purpose: AuthTokenPurpose) {
  const row = await tx.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt < new Date()) return null;
  return row;
}
