/**
 * lib/auth/jwt.ts reads next-auth's session cookie itself (its key derived once, not on
 * every request). next-auth still writes the cookie, so the two must agree: every token
 * next-auth encodes reads back with the same claims, and nothing else reads at all.
 */
import { decode, encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken } from "@/lib/auth/jwt";

const SECRET = "a-test-secret-of-reasonable-length-0123456789";
const claims = { sub: "usr_test", sid: "ses_test", sessionVersion: 3, name: "Ada" };

describe("decodeSessionToken", () => {
  it("reads what next-auth writes, with the same claims as next-auth's own decode", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    const ours = await decodeSessionToken(token, SECRET);
    const theirs = await decode({ token, secret: SECRET });
    expect(ours).toMatchObject(claims);
    expect(ours).toEqual(theirs);
    // The cached key serves the next token too.
    const second = await encode({ token: { ...claims, sessionVersion: 4 }, secret: SECRET });
    expect((await decodeSessionToken(second, SECRET))?.sessionVersion).toBe(4);
  });

  it("refuses a token under another secret, a tampered one, an expired one and none", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    expect(await decodeSessionToken(token, `${SECRET}-other`)).toBeNull();
    const parts = token.split(".");
    parts[3] = `${parts[3]!.slice(0, -2)}${parts[3]!.endsWith("AA") ? "BB" : "AA"}`;
    expect(await decodeSessionToken(parts.join("."), SECRET)).toBeNull();
    expect(await decodeSessionToken("not-a-token", SECRET)).toBeNull();
    expect(await decodeSessionToken(undefined, SECRET)).toBeNull();
    // maxAge in seconds: a negative one makes a token that expired a minute ago.
    const expired = await encode({ token: claims, secret: SECRET, maxAge: -60 });
    expect(await decodeSessionToken(expired, SECRET)).toBeNull();
    expect(await decode({ token: expired, secret: SECRET }).catch(() => null)).toBeNull();
  });

  describe("a token read before", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("reads the same claims again, and not once it has expired", async () => {
      const token = await encode({ token: claims, secret: SECRET, maxAge: 60 });
      const first = await decodeSessionToken(token, SECRET);
      expect(first).toMatchObject(claims);
      expect(await decodeSessionToken(token, SECRET)).toEqual(first);
      expect(await decodeSessionToken(token, `${SECRET}-other`)).toBeNull();
      // 60 s of validity and 15 s of tolerance for clock skew: gone 80 s later.
      vi.useFakeTimers({ now: Date.now() + 80_000 });
      expect(await decodeSessionToken(token, SECRET)).toBeNull();
    });
  });
});
