import type { ProgramMetricValue } from "./metric-names";
import type { TierExplanation, TierRef } from "./rules";

export type { TierExplanation, TierRef };
export type ProgramActivationValue = "AUTOMATIC" | "MANUAL";
export type OnboardingItemKindValue = "AGREEMENT" | "BILLING" | "CERTIFICATION" | "DOCUMENT";
export type TierTriggerValue = "ENROLMENT" | "SCHEDULED" | "MANUAL" | "OVERRIDE" | "OVERRIDE_CLEARED" | "OVERRIDE_EXPIRED";

export type ProgramSummary = {
  id: string;
  name: string;
  description: string | null;
  currency: string;
  activation: ProgramActivationValue;
  version: number;
  createdAt: Date;
};

/** A tier with its rules (minimums as decimal strings: minor units for revenue). */
export type TierView = {
  id: string;
  name: string;
  rank: number;
  description: string | null;
  rules: { metric: ProgramMetricValue; minimum: string }[];
  /** partners holding it */
  holders: number;
};

export type OnboardingItemView = {
  id: string;
  kind: OnboardingItemKindValue;
  title: string;
  description: string | null;
  position: number;
};

export type AgreementView = {
  id: string;
  number: number;
  publishedAt: Date;
  publishedByName: string | null;
  texts: { locale: string; title: string; body: string }[];
  /** partners that accepted this version */
  acceptances: number;
};

export type ProgramDetail = ProgramSummary & {
  tiers: TierView[];
  items: OnboardingItemView[];
  /** newest first */
  agreements: AgreementView[];
  enrolled: number;
};

export type ProgramListItem = {
  id: string;
  name: string;
  activation: ProgramActivationValue;
  tiers: number;
  partners: number;
  createdAt: Date;
};

/** A program a partner may be enrolled in (the partner page's choice). */
export type ProgramOption = { id: string; name: string };

export type ChecklistItem = {
  id: string;
  kind: OnboardingItemKindValue;
  title: string;
  description: string | null;
  done: boolean;
  /** when it was done (accepted, given, submitted) */
  doneAt: Date | null;
  /** who did it */
  doneBy: string | null;
  /** agreement: the latest version's number (null: none published yet) and the one accepted */
  agreement?: { latest: number | null; accepted: number | null };
  /** certification: what was stated */
  certification?: { person: string; credential: string; completedOn: string } | null;
  /** document: the file filed (downloaded from the files route of the reader's side) */
  document?: { fileId: string; name: string } | null;
};

export type OnboardingProgress = {
  items: ChecklistItem[];
  done: number;
  total: number;
  complete: boolean;
  activation: ProgramActivationValue;
  activatedAt: Date | null;
};

export type TierHistoryItem = {
  id: string;
  partnerId: string;
  partnerName: string;
  trigger: TierTriggerValue;
  evaluatedAt: Date;
  tierName: string | null;
  previousTierName: string | null;
  ruleTierName: string | null;
  changed: boolean;
  reason: string | null;
  actorName: string | null;
};

/** A partner's enrolment as the back office sees it (partner page). */
export type PartnerProgramView = {
  enrolmentId: string;
  program: { id: string; name: string; currency: string; activation: ProgramActivationValue };
  tiers: { id: string; name: string; rank: number }[];
  tier: TierRef | null;
  ruleTier: TierRef | null;
  override: { tier: TierRef; reason: string; until: Date | null; by: string | null } | null;
  explanation: TierExplanation | null;
  evaluatedAt: Date | null;
  enrolledAt: Date;
  onboarding: OnboardingProgress;
  /** latest tier history entries, newest first */
  history: TierHistoryItem[];
};

/** What the partner sees of its own program (portal). */
export type OwnProgramView = {
  program: { name: string; description: string | null; currency: string; activation: ProgramActivationValue };
  tiers: { id: string; name: string; rank: number; description: string | null; rules: { metric: ProgramMetricValue; minimum: string }[] }[];
  tier: TierRef | null;
  /** a channel manager's decision: the partner sees that it holds and why, never who decided */
  override: { reason: string; until: Date | null } | null;
  explanation: TierExplanation | null;
  evaluatedAt: Date | null;
  onboarding: OnboardingProgress;
};

/** The agreement a partner reads before accepting: the latest version in its language. */
export type AgreementToRead = {
  id: string;
  number: number;
  locale: string;
  title: string;
  body: string;
  publishedAt: Date;
  accepted: { at: Date; by: string } | null;
};

export type RecordedMetricItem = {
  id: string;
  partnerId: string;
  partnerName: string;
  metric: ProgramMetricValue;
  periodStart: Date;
  periodEnd: Date;
  /** minor units for revenue, a count otherwise (decimal string) */
  value: string;
  currency: string | null;
  note: string | null;
  recordedByName: string | null;
  createdAt: Date;
};

export type BillingView = {
  legalName: string;
  taxId: string;
  email: string;
  address: string;
  country: string;
  version: number;
} | null;
