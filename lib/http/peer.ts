import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_HEADER, PEER_STAMP, normalizeAddress } from "./client-ip";

/**
 * Next.js exposes no socket address to proxy.ts, route handlers, server actions or
 * next-auth's `authorize`: they only see headers, and Next fills `x-forwarded-for` from
 * the socket only when the client did not send one — so a forged header used to become
 * "the client". This hook runs in the server process for every incoming request
 * (Node's `http.server.request.start` diagnostics channel fires before the request is
 * handed to Next) and:
 *  - stamps the socket's address into `x-canal-peer`, with a random per-process token
 *    that `clientIp()` verifies (a client cannot send a stamp that passes, and a request
 *    that arrives before this hook runs has no valid stamp: it counts as "unknown");
 *  - with no trusted proxy (TRUSTED_PROXY_COUNT=0), removes every client-sent
 *    forwarding header, so Next (and its own server-action origin check) fills
 *    `x-forwarded-for`/`-host`/`-proto` from the socket and the Host header instead.
 * Installed once from instrumentation.ts (Node.js runtime).
 */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

type RequestStart = { request: IncomingMessage; socket: Socket };

export function installPeerStamp(trustedProxyCount: number): void {
  const global = globalThis as { [PEER_STAMP]?: string };
  if (global[PEER_STAMP]) return;
  const token = randomBytes(16).toString("hex");
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as RequestStart;
    stampRequest(request, socket.remoteAddress, token, trustedProxyCount);
  });
  global[PEER_STAMP] = token;
}

/** The hook's work on one request (exported for the tests, which drive a real server). */
export function stampRequest(
  request: IncomingMessage,
  remoteAddress: string | undefined,
  token: string,
  trustedProxyCount: number,
): void {
  const headers = request.headers;
  if (trustedProxyCount === 0) for (const name of FORWARDING_HEADERS) delete headers[name];
  const address = remoteAddress ? normalizeAddress(remoteAddress) : null;
  if (address) headers[PEER_HEADER] = `${token} ${address}`;
  else delete headers[PEER_HEADER];
}
