"use server";

import { z } from "zod";
import { publicAction } from "@/lib/auth/wrappers";
import { unsubscribe } from "@/lib/notify/service";

// Tokens are signed and short; the service verifies the signature.
const unsubscribeSchema = z.object({ token: z.string().min(10).max(300) });

/** The page's confirm button: switches off that event's e-mails for the token's user. */
export const unsubscribeAction = publicAction(unsubscribeSchema, (_meta, input) => unsubscribe(input.token));
