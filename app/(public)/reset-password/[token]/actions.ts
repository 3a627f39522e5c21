"use server";

import { z } from "zod";
import { publicAction } from "@/lib/auth/wrappers";
import { resetPassword } from "@/lib/users/account";
import { resetPasswordSchema } from "@/lib/users/schema";

// Checked on the server too, not only in the browser.
const schema = resetPasswordSchema
  .extend({ confirmPassword: z.string().max(1024) })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordMismatch",
  });

/** Sets the new password from the e-mailed link, then sends the user to sign in again. */
export const resetPasswordAction = publicAction(
  schema,
  (meta, input) => resetPassword(meta, { token: input.token, password: input.password }),
  { redirectTo: () => "/login?reset=1" },
);
