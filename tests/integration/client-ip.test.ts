/**
 * Client addresses that cannot be forged. A real HTTP server in this process gets the
 * same socket-address stamp the app's server gets (lib/http/peer.ts, installed by
 * instrumentation.ts); real client sockets connect from chosen loopback addresses with
 * forged X-Forwarded-For / X-Forwarded-Host headers. With TRUSTED_PROXY_COUNT=0 (the
 * default, this test run's setting) the socket's address is the client, so a fresh
 * forged header per request no longer walks past a per-IP limit.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimit, ipSubject, RATE_LIMITS } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { clientIp, isLoopback, normalizeAddress, PEER_HEADER, trustedForwardedEntry } from "@/lib/http/client-ip";
import { isSameOriginRequest } from "@/lib/http/origin";
import { installPeerStamp, stampRequest } from "@/lib/http/peer";
import { isAppError } from "@/lib/errors";
import { randomIp } from "@/tests/fixtures/factories";

let server: http.Server;
let port: number;
/** A loopback source address no other test run uses at the same time (127.x.y.z). */
const loopback = () => `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

type Answer = { ip: string | null; sameOrigin: boolean; limited: boolean; headers: http.IncomingHttpHeaders };

beforeAll(async () => {
  expect(env().TRUSTED_PROXY_COUNT).toBe(0);
  installPeerStamp(0);
  server = http.createServer(async (req, res) => {
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const ip = clientIp(header);
    let limited = false;
    try {
      // The sign-up policy, keyed exactly as lib/tenancy/signup.ts keys it.
      await consumeRateLimit("signupByIp", `client-ip-test:${ipSubject(ip)}`);
    } catch (error) {
      limited = isAppError(error) && error.code === "RATE_LIMITED";
    }
    const answer: Answer = { ip, sameOrigin: isSameOriginRequest(header), limited, headers: req.headers };
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function send(localAddress: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, localAddress, method: "GET", path: "/", headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve(JSON.parse(body) as Answer));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("TRUSTED_PROXY_COUNT=0: the socket's address is the client", () => {
  it("ignores forged X-Forwarded-For / X-Real-IP and a forged stamp", async () => {
    const from = loopback();
    const answer = await send(from, {
      "x-forwarded-for": "203.0.113.9",
      "x-real-ip": "198.51.100.4",
      forwarded: "for=192.0.2.60",
      [PEER_HEADER]: "0123456789abcdef0123456789abcdef 192.0.2.1",
    });
    expect(answer.ip).toBe(from);
    // The client's forwarding headers never reach the handler.
    expect(answer.headers["x-forwarded-for"]).toBeUndefined();
    expect(answer.headers["x-real-ip"]).toBeUndefined();
    expect(answer.headers.forwarded).toBeUndefined();
  });

  it("attack: a new forged X-Forwarded-For per request does not walk past a per-IP limit", async () => {
    const from = loopback();
    const answers: Answer[] = [];
    for (let i = 0; i <= RATE_LIMITS.signupByIp.limit; i++) answers.push(await send(from, { "x-forwarded-for": randomIp() }));
    expect(answers.slice(0, -1).every((a) => !a.limited)).toBe(true);
    expect(answers.at(-1)!.limited).toBe(true);
    // Another real client is not affected.
    expect((await send(loopback(), { "x-forwarded-for": randomIp() })).limited).toBe(false);
  });

  it("attack: a forged X-Forwarded-Host does not make a foreign Origin same-origin", async () => {
    const from = loopback();
    const forged = await send(from, { origin: "https://evil.example", "x-forwarded-host": "evil.example" });
    expect(forged.sameOrigin).toBe(false);
    const own = await send(from, { origin: `http://127.0.0.1:${port}` });
    expect(own.sameOrigin).toBe(true);
  });

  it("a request that bypassed the stamp (no valid token) has no address: counted as unknown", () => {
    expect(clientIp(() => null)).toBeNull();
    expect(clientIp((name) => (name === PEER_HEADER ? "forged-token 192.0.2.1" : null))).toBeNull();
    expect(ipSubject(null)).toBe("unknown");
  });
});

describe("behind N trusted proxies", () => {
  it("the N-th X-Forwarded-For / X-Forwarded-Host entry from the end is the one the outermost proxy wrote", () => {
    const chain = "198.51.100.7, 203.0.113.50, 10.0.0.2";
    expect(trustedForwardedEntry(chain, 1)).toBe("10.0.0.2");
    expect(trustedForwardedEntry(chain, 2)).toBe("203.0.113.50");
    // Forged entries the client put in front are never reached…
    expect(trustedForwardedEntry(`forged, ${chain}`, 2)).toBe("203.0.113.50");
    // …and a chain shorter than the proxies means the request did not come through them all.
    expect(trustedForwardedEntry("203.0.113.50", 2)).toBeNull();
    expect(trustedForwardedEntry(chain, 0)).toBeNull();
    expect(trustedForwardedEntry("evil.example, app.example", 1)).toBe("app.example");
  });

  it("the stamp keeps the forwarding headers a trusted proxy added", () => {
    const request = { headers: { "x-forwarded-for": "203.0.113.50", "x-forwarded-host": "app.example" } } as unknown as http.IncomingMessage;
    stampRequest(request, "::ffff:10.0.0.2", "token", 1);
    expect(request.headers).toMatchObject({ "x-forwarded-for": "203.0.113.50", "x-forwarded-host": "app.example", [PEER_HEADER]: "token 10.0.0.2" });
    stampRequest(request, "10.0.0.2", "token", 0);
    expect(request.headers["x-forwarded-for"]).toBeUndefined();
  });
});

describe("addresses", () => {
  it("normalises IPv4-mapped IPv6 and refuses what is not an address", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("not-an-ip")).toBeNull();
    expect(normalizeAddress("1.2.3.4:5678")).toBeNull();
  });

  it("knows the loopback interface", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("127.45.6.7")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("10.0.0.1")).toBe(false);
    expect(isLoopback("128.0.0.1")).toBe(false);
    expect(isLoopback(null)).toBe(false);
  });
});
