"use server";

import { vendorAction } from "@/lib/auth/wrappers";
import { resolveConflictSchema } from "@/lib/conflicts/schema";
import { resolveConflict } from "@/lib/conflicts/service";

/** A channel manager's decision on a conflict, with its reason (audited). */
export const resolveConflictAction = vendorAction(
  "conflicts.resolve",
  resolveConflictSchema,
  async (ctx, input) => {
    const conflict = await resolveConflict(ctx, input);
    return { conflictId: conflict.id, status: conflict.status };
  },
  { revalidate: (ctx) => `/${ctx.tenant.slug}/admin/conflicts` },
);
