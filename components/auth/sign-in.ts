import type { ServerAction } from "@/lib/http/action-state";

export type SignInOutcome = { ok: true; destination: string } | { ok: false; error: string };

/**
 * Signs in with next-auth's credentials provider, then asks the server where to go (and
 * to switch to the user's language) with `afterSignIn` (app/(public)/login/actions.ts,
 * passed in by the page). Shared by sign-in, sign-up and invitations so all three land
 * people in the same place.
 */
export async function signInAndContinue(
  afterSignIn: ServerAction,
  email: string,
  password: string,
  callbackUrl?: string,
): Promise<SignInOutcome> {
  // next-auth's client is needed at the moment of signing in only: not with the page.
  const { signIn } = await import("next-auth/react");
  const result = await signIn("credentials", { email, password, redirect: false });
  if (!result?.ok || result.error) return { ok: false, error: result?.error ?? "UNKNOWN" };
  const next = await afterSignIn(undefined, callbackUrl ? { callbackUrl } : {});
  const data = next.data as { destination?: string } | undefined;
  // Never fall back to the raw callbackUrl: only the server's checked answer is trusted.
  return { ok: true, destination: data?.destination ?? "/workspaces" };
}

/** Minutes to wait, rounded up, from next-auth's stable "RATE_LIMITED:<seconds>" code. */
export function rateLimitMinutes(error: string): number | null {
  const match = /^RATE_LIMITED:(\d+)$/.exec(error);
  if (!match) return error === "RATE_LIMITED" ? 1 : null;
  return Math.max(1, Math.ceil(Number(match[1]) / 60));
}
