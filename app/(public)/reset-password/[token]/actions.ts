"use server";

import { publicAction } from "@/lib/auth/wrappers";
import { resetPassword } from "@/lib/users/account";
import { resetPasswordFormSchema } from "@/lib/users/schema";

/** Sets the new password from the e-mailed link, then sends the user to sign in again. */
export const resetPasswordAction = publicAction(
  resetPasswordFormSchema,
  (meta, input) => resetPassword(meta, { token: input.token, password: input.password }),
  { redirectTo: () => "/login?reset=1" },
);
