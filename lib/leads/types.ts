import type { OfferExplanation } from "./engine";
import type { LeadOfferStatusValue, LeadSourceValue, LeadStatusValue } from "./schema";

/** A row of the vendor's leads list or a partner's own. */
export type LeadListItem = {
  id: string;
  company: string;
  contactName: string;
  status: LeadStatusValue;
  source: LeadSourceValue;
  territoryPath: string | null;
  valueMinor: bigint | null;
  currency: string;
  partner: { id: string; name: string } | null;
  createdAt: Date;
};

export type LeadOfferItem = {
  id: string;
  partner: { id: string; name: string };
  status: LeadOfferStatusValue;
  offeredAt: Date;
  dueAt: Date;
  respondedAt: Date | null;
  respondedByName: string | null;
  declineReason: string | null;
  explanation: OfferExplanation;
};

/** A lead as its detail page shows it (the vendor sees every offer; a partner only its own). */
export type LeadDetail = {
  id: string;
  status: LeadStatusValue;
  version: number;
  company: string;
  contactName: string;
  email: string | null;
  phone: string | null;
  domain: string | null;
  country: string | null;
  region: string | null;
  postalCode: string | null;
  industry: string | null;
  territoryPath: string | null;
  source: LeadSourceValue;
  products: string[];
  valueMinor: bigint | null;
  currency: string;
  notes: string | null;
  lostReason: string | null;
  registrationId: string | null;
  createdByName: string;
  createdAt: Date;
  partner: { id: string; name: string } | null;
  offers: LeadOfferItem[];
};

/** An offer waiting for the partner's answer (portal). */
export type OfferedLeadItem = {
  leadId: string;
  company: string;
  source: LeadSourceValue;
  territoryPath: string | null;
  products: string[];
  valueMinor: bigint | null;
  currency: string;
  offeredAt: Date;
  dueAt: Date;
};

export type LeadRuleItem = {
  id: string;
  name: string;
  position: number;
  active: boolean;
  partnerType: string | null;
  capacity: number | null;
  slaHours: number;
  version: number;
  territory: { id: string; path: string } | null;
  minTier: { id: string; name: string } | null;
};

export type LeadRuleOptions = { territories: { value: string; label: string }[]; tiers: { value: string; label: string }[] };

/** Acceptance of a partner's answered offers: accepted / (accepted + declined + timed out). */
export type AcceptanceRate = { accepted: number; declined: number; expired: number; answered: number; percent: number | null };

/** Per partner, for the vendor's leads page and Partner 360. */
export type PartnerLeadMetrics = {
  partner: { id: string; name: string };
  acceptance: AcceptanceRate;
  /** median seconds from offer to acceptance; null before a first acceptance */
  medianSecondsToAccept: number | null;
};

/** The CSV import's report (all or nothing: `imported` is 0 whenever `problems` is not empty). */
export type LeadImportReport = {
  total: number;
  imported: number;
  /** imported leads a rule offered to a partner at once */
  offered: number;
  underReview: number;
  problems: { line: number; column: string | null; message: string }[];
  ignoredHeaders: string[];
};
