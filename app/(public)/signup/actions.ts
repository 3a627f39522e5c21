"use server";

import { publicAction } from "@/lib/auth/wrappers";
import { signUpTenant } from "@/lib/tenancy/service";
import { signUpSchema } from "@/lib/tenancy/schema";

/** Creates a tenant and its first admin; the form then signs the admin in. */
export const signUpAction = publicAction(signUpSchema, (meta, input) => signUpTenant(meta, input));
