import "server-only";
import type { Tx } from "@/lib/db/scope";

/**
 * How the audit log names the records its entries are about. Each module describes its
 * own entity types (the `entityType` it passes to `recordAudit`) in
 * `lib/<module>/audit-objects.ts` and lists them in lib/audit/registry.ts: one query per
 * type and page of entries, scoped to the tenant, returning a display name and where the
 * record is shown in the back office.
 */
export type NamedRecord = {
  id: string;
  name: string;
  /** For people: their e-mail (shown beside the name, searched by the users list). */
  email?: string;
  /** Where the record is shown, relative to the back office ("partners/ptn_…"). */
  path?: string;
};

export type AuditObjectType = {
  type: string;
  describe(tx: Tx, tenantId: string, ids: string[]): Promise<NamedRecord[]>;
};

export function defineAuditObjects(types: AuditObjectType[]): AuditObjectType[] {
  return types;
}
