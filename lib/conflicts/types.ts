import type { ConflictKindValue, ConflictStatusValue } from "./schema";

type Named = { id: string; name: string };

/** One conflict as the back office sees it (never sent to a partner). */
export type ConflictItem = {
  id: string;
  kind: ConflictKindValue;
  status: ConflictStatusValue;
  matchedOn: string[];
  territoryPath: string | null;
  resolutionReason: string | null;
  resolvedAt: Date | null;
  version: number;
  createdAt: Date;
  account: Named;
  claimant: Named;
  otherAccount: Named | null;
  /** null with an otherAccount: the vendor's direct account */
  otherPartner: Named | null;
};
