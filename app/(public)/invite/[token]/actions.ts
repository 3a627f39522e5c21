"use server";

import { publicAction } from "@/lib/auth/wrappers";
import { acceptInvitation } from "@/lib/users/invitation-link";
import { acceptInvitationSchema } from "@/lib/users/schema";

/** Sets name and password from the invitation link; the form then signs the user in. */
export const acceptInvitationAction = publicAction(acceptInvitationSchema, (meta, input) =>
  acceptInvitation(meta, input),
);
