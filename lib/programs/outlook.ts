import "server-only";
import type { Tx } from "@/lib/db/scope";
import type { TierExplanation } from "./rules";

/**
 * A partner's tier and the distance to the next one, as the programs module last evaluated
 * them (lib/programs/evaluate.ts stores `explain()`'s answer on the enrolment: nightly, on
 * enrolment, or when a person asks) — never recomputed elsewhere. The reader shows the day
 * it was evaluated, so the figure says how old it is. Null when the partner is in no program.
 */
export type TierOutlook = {
  program: string;
  currency: string;
  tier: TierExplanation["tier"];
  next: TierExplanation["next"];
  /** the metric values the evaluation read (with their source and window) */
  inputs: TierExplanation["inputs"];
  evaluatedAt: Date | null;
};

export async function tierOutlookIn(tx: Tx, tenantId: string, partnerId: string): Promise<TierOutlook | null> {
  const row = await tx.partnerProgram.findUnique({
    where: { tenantId_partnerId: { tenantId, partnerId } },
    select: { explanation: true, evaluatedAt: true, tier: { select: { id: true, name: true } }, program: { select: { name: true, currency: true } } },
  });
  if (!row) return null;
  const explanation = (row.explanation as TierExplanation | null) ?? null;
  return {
    program: row.program.name,
    currency: row.program.currency,
    tier: row.tier ?? explanation?.tier ?? null,
    next: explanation?.next ?? null,
    inputs: explanation?.inputs ?? [],
    evaluatedAt: row.evaluatedAt,
  };
}
