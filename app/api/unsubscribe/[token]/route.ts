import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/auth/wrappers";
import { AppError } from "@/lib/errors";
import { unsubscribe } from "@/lib/notify/service";

/**
 * RFC 8058 one-click unsubscribe: mail providers POST `List-Unsubscribe=One-Click` to the
 * URL in the List-Unsubscribe header, cross-site and without cookies, so the signed token
 * is the only credential. proxy.ts exempts this path from its same-origin check.
 */
export const POST = publicRoute(async (req, { params }) => {
  const token = params.token ?? "";
  if (token.length > 300) throw new AppError("TOKEN_INVALID");
  // The body is a tiny form; anything else is not a one-click request.
  const body = new URLSearchParams((await req.text()).slice(0, 1_000));
  if (body.get("List-Unsubscribe") !== "One-Click") throw new AppError("VALIDATION_FAILED");
  await unsubscribe(token);
  return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
});

/**
 * A mail client without one-click support opens the same URL in a browser: show the
 * confirmation page. GET never changes anything (link scanners follow links).
 */
export const GET = publicRoute(async (_req, { params }) => {
  const token = encodeURIComponent(params.token ?? "");
  return new Response(null, {
    status: 303,
    headers: { Location: `/unsubscribe/${token}`, "Cache-Control": "no-store" },
  });
});
