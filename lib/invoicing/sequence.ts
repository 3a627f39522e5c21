import "server-only";
import type { Tx } from "@/lib/db/scope";

/**
 * The tenant's next invoice or credit-note number. Its counter row stays locked until
 * commit, so callers take the number as the last step of their work (only the document's
 * own inserts follow): numbers are gap-free for committed documents and a tenant's other
 * issuing transactions wait as briefly as possible.
 */
export async function nextNumber(tx: Tx, tenantId: string, kind: "INVOICE" | "CREDIT_NOTE"): Promise<number> {
  const [row] = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "InvoiceSequence" ("id", "tenantId", "kind", "lastNumber") VALUES (${`isq_${kind.toLowerCase()}_${tenantId}`}, ${tenantId}, ${kind}, 1)
    ON CONFLICT ("tenantId", "kind") DO UPDATE SET "lastNumber" = "InvoiceSequence"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return row!.lastNumber;
}
