import type { Industry, ReviewStatusValue } from "./schema";

/** One row of an account list (and of its CSV export). */
export type AccountListItem = {
  id: string;
  name: string;
  domain: string | null;
  country: string | null;
  region: string | null;
  industry: Industry | null;
  /** owning partner; null = direct (the partner's own list never shows another) */
  partner: { id: string; name: string } | null;
  territory: { id: string; path: string } | null;
  reviewStatus: ReviewStatusValue;
  createdAt: Date;
};

export type AccountContactItem = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
};

/** The account page (vendor and portal). `territoryReason` is the vendor's "why". */
export type AccountDetail = AccountListItem & {
  taxId: string | null;
  city: string | null;
  postalCode: string | null;
  territorySource: "NONE" | "RULE" | "MANUAL";
  version: number;
  contacts: AccountContactItem[];
};

/** What a create answers: never another owner's name, only whether the claim is reviewed. */
export type CreatedAccount = { id: string; name: string; reviewStatus: "CLEAR" | "UNDER_REVIEW" };

/** The row-by-row report of an import. */
export type ImportReport = {
  total: number;
  imported: number;
  underReview: number;
  problems: { line: number; column: string | null; message: string }[];
  ignoredHeaders: string[];
};
