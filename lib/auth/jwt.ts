import { hkdfSync } from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";

/**
 * Reads a next-auth session cookie: the same JWE (dir + A256GCM) with the same key that
 * next-auth's `decode` derives, but the HKDF key derivation runs once per secret instead
 * of once per call. proxy.ts and the session lookup each read the cookie on every page
 * request; next-auth derives the key anew every time (an HKDF on the thread pool).
 * next-auth itself still writes the cookie (`encode`); tests/unit/session-jwt.test.ts
 * checks both read the same tokens.
 */
const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.set(secret, key);
  }
  return key;
}

/** The token's claims, or null when it is not ours, is tampered with or has expired. */
export async function decodeSessionToken(token: string | undefined, secret: string): Promise<JWTPayload | null> {
  if (!token) return null;
  try {
    // next-auth's own tolerance for clock skew between instances.
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
    return payload;
  } catch {
    return null;
  }
}
