import type { ExtensionStatusValue, MatchKindValue, OpportunityStatusValue, RegistrationStatusValue } from "./schema";

/** Shapes the deals services return (selected fields, never Prisma rows). */

type Named = { id: string; name: string };

export type StageKindValue = "OPEN" | "WON" | "LOST";
export type StageCriterion = { id: string; label: string };

/** One stage of the methodology, in board order. */
export type StageItem = {
  id: string;
  name: string;
  position: number;
  probability: number;
  kind: StageKindValue;
  criteria: StageCriterion[];
  version: number;
};

/** The settings page: stages with how many deals sit in each, and the registration rules. */
export type StageSettingsItem = StageItem & { opportunities: number };
export type DealSettingsItem = { protectionDays: number; reminderDays: number; maxExtensionDays: number; version: number };

/** A registration in a list (queue, portal, partner page). */
export type RegistrationListItem = {
  id: string;
  title: string;
  customerName: string;
  status: RegistrationStatusValue;
  amountMinor: bigint;
  currency: string;
  expectedCloseOn: string;
  protectedUntil: string | null;
  createdAt: Date;
  partner: Named;
  /** vendor lists only: duplicate and conflict evidence found (always 0 in the portal) */
  evidence: number;
};

export type RegistrationLineItem = { description: string; quantity: number };

export type ExtensionItem = {
  id: string;
  days: number;
  reason: string;
  status: ExtensionStatusValue;
  requestedByName: string;
  decidedByName: string | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
};

/** A registration as both sides read it; the vendor's page adds `review`. */
export type RegistrationDetail = {
  id: string;
  status: RegistrationStatusValue;
  title: string;
  customerName: string;
  domain: string | null;
  taxId: string | null;
  country: string | null;
  region: string | null;
  postalCode: string | null;
  industry: string | null;
  contactName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  amountMinor: bigint;
  currency: string;
  expectedCloseOn: string;
  competition: string | null;
  notes: string | null;
  submittedByName: string;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  protectedUntil: string | null;
  version: number;
  createdAt: Date;
  partner: Named;
  lines: RegistrationLineItem[];
  extensions: ExtensionItem[];
  opportunityId: string | null;
};

/** One piece of evidence on the review page (vendor only: it names the other side). */
export type EvidenceItem = {
  id: string;
  kind: MatchKindValue;
  matchedOn: string[];
  similarity: number | null;
  territoryPath: string | null;
  /** the other side, as the reviewer can follow it */
  other:
    | { type: "registration"; id: string; title: string; customerName: string; status: RegistrationStatusValue; protectedUntil: string | null }
    | { type: "opportunity"; id: string; name: string; customerName: string; status: OpportunityStatusValue }
    | { type: "account"; id: string; name: string }
    | null;
  /** null: the vendor's own (a direct deal or account) */
  otherPartner: Named | null;
};

export type RegistrationReview = {
  evidence: EvidenceItem[];
  territory: { id: string; path: string } | null;
  rep: { membershipId: string; name: string } | null;
  account: Named | null;
  /** the tenant's default protection, to prefill the approval */
  protectionDays: number;
};

/** "Is this customer already claimed?" — never whose. */
export type ClaimAnswer = { answer: "free" | "claimed" | "yours" };

export type OpportunityListItem = {
  id: string;
  name: string;
  customerName: string;
  status: OpportunityStatusValue;
  stage: { id: string; name: string; probability: number };
  amountMinor: bigint;
  currency: string;
  closeOn: string;
  createdAt: Date;
  /** null: a direct deal */
  partner: Named | null;
  territory: { id: string; path: string } | null;
  /** vendor readers only */
  rep: { membershipId: string; name: string } | null;
};

export type OpportunityDetail = OpportunityListItem & {
  version: number;
  domain: string | null;
  taxId: string | null;
  country: string | null;
  criteriaMet: string[];
  winReason: string | null;
  lossReason: string | null;
  closedAt: Date | null;
  stageChangedAt: Date;
  registrationId: string | null;
  account: Named | null;
};

/** A card on the board. */
export type BoardCard = {
  id: string;
  name: string;
  customerName: string;
  amountMinor: bigint;
  currency: string;
  closeOn: string;
  version: number;
  partner: Named | null;
};

/** One column: the stage, how many deals and how much per currency, the first cards. */
export type BoardColumn = {
  stage: StageItem;
  count: number;
  totals: { currency: string; amountMinor: bigint }[];
  cards: BoardCard[];
};

export type Board = { columns: BoardColumn[]; stages: StageItem[] };
