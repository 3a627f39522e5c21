import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/http/origin";
import { sanitizeParams } from "@/lib/http/sanitize";
import { describeError } from "@/lib/http/translate-error";
import type { LogContext } from "@/lib/log";
import { authorize, type PartnerCtx, type VendorCtx } from "../context";
import type { PartnerPermission, Permission, VendorPermission } from "../permissions";
import { getRequestInfo, loadPartnerCtx, loadVendorCtx, loadWritablePartnerCtx } from "../session";

type RouteContext = { params: Promise<Record<string, string>> };
type Handler<C> = (req: NextRequest, args: { ctx: C; params: Record<string, string> }) => Promise<Response>;

/** JSON error body with a stable code; unexpected errors become a generic 500 + request id. */
export async function errorResponse(error: unknown, ctx?: LogContext): Promise<Response> {
  const { requestId } = await getRequestInfo();
  const described = await describeError(error, requestId, ctx);
  const response = NextResponse.json(
    {
      error: {
        code: described.code,
        message: described.message,
        ...(Object.keys(described.fieldErrors).length ? { fields: described.fieldErrors } : {}),
        ...(described.details.length ? { details: described.details } : {}),
        requestId,
      },
    },
    { status: described.status },
  );
  if (described.retryAfterSeconds) response.headers.set("Retry-After", String(described.retryAfterSeconds));
  return response;
}

function defineRoute<C>(
  loadCtx: (params: Record<string, string>, method: string) => Promise<C>,
  permission: Permission | null,
  handler: Handler<C>,
) {
  return async function route(req: NextRequest, context: RouteContext): Promise<Response> {
    let ctx: C | undefined;
    try {
      if (req.method !== "GET" && req.method !== "HEAD" && !isSameOriginRequest((name) => req.headers.get(name))) {
        throw new AppError("BAD_ORIGIN");
      }
      const params = sanitizeParams((await context.params) ?? {});
      const loaded = await loadCtx(params, req.method);
      ctx = loaded;
      if (permission) authorize(loaded as VendorCtx | PartnerCtx, permission);
      return await handler(req, { ctx: loaded, params });
    } catch (error) {
      return errorResponse(error, ctx as LogContext | undefined);
    }
  };
}

/** A cookie-session route under /[tenant]/… for vendor users. */
export function vendorRoute(permission: VendorPermission, handler: Handler<VendorCtx>) {
  return defineRoute((params) => loadVendorCtx(params.tenant ?? ""), permission, handler);
}

/**
 * A cookie-session route under /[tenant]/… for partner users. A preview reads (GET, HEAD)
 * within its permissions and changes nothing (PREVIEW_READ_ONLY).
 */
export function partnerRoute(permission: PartnerPermission, handler: Handler<PartnerCtx>) {
  return defineRoute(
    (params, method) => (method === "GET" || method === "HEAD" ? loadPartnerCtx(params.tenant ?? "") : loadWritablePartnerCtx(params.tenant ?? "")),
    permission,
    handler,
  );
}

/** A route anyone may call; it must do its own checks (signatures, tokens). */
export function publicRoute(handler: Handler<{ requestId: string; ip: string | null }>) {
  return async function route(req: NextRequest, context: RouteContext): Promise<Response> {
    try {
      const params = sanitizeParams((await context.params) ?? {});
      return await handler(req, { ctx: await getRequestInfo(), params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
