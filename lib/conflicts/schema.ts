import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";

export const CONFLICT_KINDS = ["DUPLICATE_CLAIM", "OUT_OF_TERRITORY"] as const;
export const CONFLICT_STATUSES = ["OPEN", "ALLOWED", "DECLINED"] as const;
export type ConflictKindValue = (typeof CONFLICT_KINDS)[number];
export type ConflictStatusValue = (typeof CONFLICT_STATUSES)[number];

/** A channel manager's decision, with the version the page showed (STALE_EDIT otherwise). */
export const resolveConflictSchema = z.object({
  conflictId: z.string().min(1).max(64),
  decision: z.enum(["ALLOWED", "DECLINED"], { message: "conflicts.validation.decision" }),
  reason: z.string().trim().max(1000, { message: "validation.tooLong" }),
  version: z.coerce.number().int().min(0).max(2_147_483_647),
});
export type ResolveConflictInput = z.output<typeof resolveConflictSchema>;

/** The conflict queue's URL state: `?status=OPEN&kind=DUPLICATE_CLAIM&sort=-created`. */
export const conflictListQuery = defineListQuery({
  sorts: ["created"],
  defaultSort: { id: "created", desc: true },
  filters: {
    status: z.enum(CONFLICT_STATUSES).optional().catch(undefined),
    kind: z.enum(CONFLICT_KINDS).optional().catch(undefined),
  },
});
export const CONFLICT_LIST_FILTERS = ["status", "kind"] as const;
export type ConflictListQuery = ReturnType<typeof conflictListQuery.parse>;
