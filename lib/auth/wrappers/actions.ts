import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ActionInput, ActionState } from "@/lib/http/action-state";
import { echoValues, readActionInput } from "@/lib/http/form-input";
import { isSameOriginRequest } from "@/lib/http/origin";
import { secretFieldPaths } from "@/lib/http/secret-fields";
import { describeError, fieldErrorsOf, translateMessage, zodErrorMap } from "@/lib/http/translate-error";
import type { LogContext } from "@/lib/log";
import { authorize, type PartnerCtx, type UserCtx, type VendorCtx } from "../context";
import type { PartnerPermission, Permission, UserPermission, VendorPermission } from "../permissions";
import { getRequestInfo, loadVendorCtx, loadWritablePartnerCtx, requireUserCtx } from "../session";

type Options<R, C> = {
  /** message key shown on success */
  success?: string;
  /** path to revalidate on success (receives the context for tenant-scoped paths) */
  revalidate?: (ctx: C, result: R) => string;
  /** path to go to on success */
  redirectTo?: (ctx: C, result: R) => string;
};

/**
 * The shared body of every server action: same-origin check, context, zod parsing with
 * translated field errors, the handler, and one mapping of errors to a form state.
 */
function defineAction<S extends z.ZodType, R, C>(
  loadCtx: (values: Record<string, unknown>) => Promise<C>,
  permission: Permission | null,
  schema: S,
  handler: (ctx: C, input: z.output<S>) => Promise<R>,
  options: Options<R, C>,
) {
  return async function action(_prev: ActionState | undefined, input?: ActionInput): Promise<ActionState<R>> {
    const { requestId } = await getRequestInfo();
    let values: Record<string, unknown> = {};
    let destination: string | null = null;
    let state: ActionState<R>;
    let ctx: C | undefined;
    try {
      const h = await headers();
      if (!isSameOriginRequest((name) => h.get(name))) throw new AppError("BAD_ORIGIN");
      values = readActionInput(input);
      ctx = await loadCtx(values);
      if (permission) authorize(ctx as VendorCtx | PartnerCtx | UserCtx, permission);
      const parsed = schema.safeParse(values, { error: await zodErrorMap() });
      if (!parsed.success) {
        return {
          status: "error",
          code: "VALIDATION_FAILED",
          message: await translateMessage("errors.VALIDATION_FAILED"),
          fieldErrors: await fieldErrorsOf(parsed.error),
          values: echoValues(values),
        };
      }
      const result = await handler(ctx, parsed.data);
      // The result goes to the browser: a secret-named field is a bug, answered as one (500).
      const leaks = secretFieldPaths(result);
      if (leaks.length) throw new Error(`action result carries secret-named fields: ${leaks.join(", ")}`);
      if (options.revalidate) revalidatePath(options.revalidate(ctx, result));
      if (options.redirectTo) destination = options.redirectTo(ctx, result);
      state = {
        status: "success",
        ...(options.success ? { message: await translateMessage(options.success) } : {}),
        data: result,
      };
    } catch (error) {
      // The request's logger carries tenant and user once the context is known.
      const described = await describeError(error, requestId, ctx as LogContext | undefined);
      return {
        status: "error",
        code: described.code,
        message: described.message,
        fieldErrors: described.fieldErrors,
        ...(described.details.length ? { details: described.details } : {}),
        values: echoValues(values),
      };
    }
    if (destination) redirect(destination);
    return state;
  };
}

const tenantOf = (values: Record<string, unknown>) => {
  const slug = values.tenant;
  if (typeof slug !== "string" || !slug) throw new AppError("NOT_FOUND");
  return slug;
};

/** A back-office action; the form carries the URL's tenant slug as `tenant`. */
export function vendorAction<S extends z.ZodType, R>(
  permission: VendorPermission,
  schema: S,
  handler: (ctx: VendorCtx, input: z.output<S>) => Promise<R>,
  options: Options<R, VendorCtx> = {},
) {
  return defineAction((values) => loadVendorCtx(tenantOf(values)), permission, schema, handler, options);
}

/**
 * A partner-portal action; the partner comes from the session, never from the form. A
 * vendor previewing the portal is refused every one of them (PREVIEW_READ_ONLY), before
 * the permission or the input is looked at.
 */
export function partnerAction<S extends z.ZodType, R>(
  permission: PartnerPermission,
  schema: S,
  handler: (ctx: PartnerCtx, input: z.output<S>) => Promise<R>,
  options: Options<R, PartnerCtx> = {},
) {
  return defineAction((values) => loadWritablePartnerCtx(tenantOf(values)), permission, schema, handler, options);
}

/** An action for any signed-in user, outside a workspace (profile, password, after sign-in). */
export function userAction<S extends z.ZodType, R>(
  permission: UserPermission,
  schema: S,
  handler: (ctx: UserCtx, input: z.output<S>) => Promise<R>,
  options: Options<R, UserCtx> = {},
) {
  return defineAction(() => requireUserCtx(), permission, schema, handler, options);
}

/** An action anyone may call (sign-up, password reset). Still same-origin only. */
export function publicAction<S extends z.ZodType, R>(
  schema: S,
  handler: (ctx: { requestId: string; ip: string | null }, input: z.output<S>) => Promise<R>,
  options: Options<R, { requestId: string; ip: string | null }> = {},
) {
  return defineAction(() => getRequestInfo(), null, schema, handler, options);
}
