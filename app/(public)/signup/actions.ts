"use server";

import { publicAction } from "@/lib/auth/wrappers";
import { signUpSchema } from "@/lib/tenancy/schema";
import { signUpTenant } from "@/lib/tenancy/signup";

/** Keeps the sign-up pending and e-mails a verification link; the form then asks to check the inbox. */
export const signUpAction = publicAction(signUpSchema, (meta, input) => signUpTenant(meta, input));
