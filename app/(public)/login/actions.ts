"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { userAction } from "@/lib/auth/wrappers";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, isLocale } from "@/lib/i18n/config";
import { listWorkspaces } from "@/lib/tenancy/service";
import { listPendingInvitations } from "@/lib/users/invitations";

/**
 * Only same-site paths may be a destination: "//evil.example" and "/\evil.example" are
 * read by browsers as other hosts, so they are refused (open-redirect protection).
 */
function safeCallbackUrl(value: string | undefined): string | null {
  if (!value || !value.startsWith("/")) return null;
  if (value.startsWith("//") || value.startsWith("/\\")) return null;
  // Control characters and whitespace can smuggle a scheme past the checks above.
  if (/[\u0000-\u001f\u007f\s]/.test(value)) return null;
  return value;
}

const afterSignInSchema = z.object({ callbackUrl: z.string().max(2048).optional() });

/**
 * Runs right after a successful sign-in: switches the interface to the user's saved
 * language and picks where to go — the page that asked for the sign-in, the only
 * workspace, or the workspace chooser (always when invitations await an answer).
 */
export const afterSignInAction = userAction("workspaces.read", afterSignInSchema, async (ctx, input) => {
  if (isLocale(ctx.user.locale)) {
    (await cookies()).set(LOCALE_COOKIE, ctx.user.locale, {
      path: "/",
      maxAge: LOCALE_COOKIE_MAX_AGE,
      sameSite: "lax",
      secure: true,
    });
  }
  const callback = safeCallbackUrl(input.callbackUrl);
  if (callback) return { destination: callback };
  const [workspaces, invitations] = await Promise.all([listWorkspaces(ctx), listPendingInvitations(ctx)]);
  return { destination: workspaces.length === 1 && invitations.length === 0 ? workspaces[0]!.href : "/workspaces" };
});
