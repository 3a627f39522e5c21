"use server";

import { publicAction } from "@/lib/auth/wrappers";
import { applicationFormSchema } from "@/lib/applications/schema";
import { submitApplication } from "@/lib/applications/service";

/** A company's application from the tenant's public page (rate-limited per client, honeypot). */
export const submitApplicationAction = publicAction(applicationFormSchema, (meta, input) => submitApplication(meta, input));
