"use server";

import { publicAction } from "@/lib/auth/wrappers";
import { requestPasswordReset } from "@/lib/users/account";
import { requestResetSchema } from "@/lib/users/schema";

/**
 * Sends a reset link when the address has an account. The answer is the same either way
 * (only the address typed is echoed), so the form reveals nothing about who is a user.
 */
export const requestResetAction = publicAction(requestResetSchema, async (meta, input) => {
  await requestPasswordReset(meta, input);
  return { email: input.email };
});
