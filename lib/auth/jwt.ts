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

/** next-auth's own tolerance for clock skew between instances, in seconds. */
const CLOCK_TOLERANCE = 15;

/**
 * Tokens read lately, with their claims. A browser sends the same cookie with every request
 * (and proxy.ts and the session lookup each read it): decrypting it again gives the same
 * claims, so only the expiry is checked again. Tokens that failed are not kept. Bounded:
 * the oldest entry goes first.
 */
const decoded = new Map<string, JWTPayload>();
const DECODED_MAX = 1_000;

function expired(payload: JWTPayload): boolean {
  // As jose checks it: the expiry (seconds) at or before now minus the tolerance.
  return typeof payload.exp === "number" && payload.exp <= Math.floor(Date.now() / 1000) - CLOCK_TOLERANCE;
}

/** The token's claims, or null when it is not ours, is tampered with or has expired. */
export async function decodeSessionToken(token: string | undefined, secret: string): Promise<JWTPayload | null> {
  if (!token) return null;
  const memoKey = `${secret}\n${token}`;
  const known = decoded.get(memoKey);
  if (known) {
    if (!expired(known)) return known;
    decoded.delete(memoKey);
    return null;
  }
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: CLOCK_TOLERANCE });
    if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
    // Shared by later requests: nobody may change it.
    decoded.set(memoKey, Object.freeze(payload));
    return payload;
  } catch {
    return null;
  }
}
