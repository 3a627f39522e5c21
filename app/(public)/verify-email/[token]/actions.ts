"use server";

import { publicAction } from "@/lib/auth/wrappers";
import { completeSignupSchema, resendVerificationSchema } from "@/lib/tenancy/schema";
import { completeSignup, resendVerification } from "@/lib/tenancy/signup";

/** Follows the verification link: creates the workspace; the form then signs the admin in. */
export const completeSignupAction = publicAction(completeSignupSchema, (meta, input) => completeSignup(meta, input));

/** Mails a new verification link (sign-up and sign-in pages); the same answer whatever matched. */
export const resendVerificationAction = publicAction(resendVerificationSchema, async (meta, input) => {
  await resendVerification(meta, input);
  return { email: input.email };
});
