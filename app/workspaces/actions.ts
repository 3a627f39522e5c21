"use server";

import { z } from "zod";
import { userAction } from "@/lib/auth/wrappers";
import { respondToInvitation } from "@/lib/users/invitations";

const respondSchema = z.object({
  kind: z.enum(["vendor", "partner"]),
  seatId: z.string().min(1).max(64),
  decision: z.enum(["accept", "decline"]),
});

/** Accept (then open the workspace) or decline an invitation addressed to the signed-in person. */
export const respondToInvitationAction = userAction(
  "invitations.respond",
  respondSchema,
  (ctx, input) => respondToInvitation(ctx, { kind: input.kind, seatId: input.seatId, accept: input.decision === "accept" }),
  { success: "account.pending.declined", revalidate: () => "/workspaces", redirectTo: (_ctx, result) => result.home },
);
