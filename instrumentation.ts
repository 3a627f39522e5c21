import type { Instrumentation } from "next";

/**
 * Runs once when the server starts. In the Node.js runtime (which serves every page,
 * action, route and proxy.ts) it installs the socket-address stamp (lib/http/peer.ts)
 * and refuses to start without AUTH_SECRET, instead of failing on the first sign-in.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { authSecret, env } = await import("@/lib/env");
  authSecret();
  const { installPeerStamp } = await import("@/lib/http/peer");
  installPeerStamp(env().TRUSTED_PROXY_COUNT);
}

/**
 * Errors that escape a page, layout, action or route reach here: they are written as one
 * structured log line with the request id from proxy.ts, the digest shown to the user as
 * a reference, and the route — so a support request can be matched to its log entry.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logger } = await import("@/lib/log");
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  logger.error(
    {
      requestId: header("x-request-id"),
      digest: (error as { digest?: string }).digest,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      err: error,
    },
    "request failed",
  );
};
