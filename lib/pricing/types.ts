import type { PriceFindingDetail } from "./guard";
import type { Resolution } from "./resolve";
import type { PriceListStatusValue, PriceListTargetValue, PriceMethodInput } from "./schema";

export type { PriceFindingDetail, Resolution };

/** A row of the price lists page. */
export type PriceListItem = {
  id: string;
  name: string;
  target: PriceListTargetValue;
  partnerType: string | null;
  partner: { id: string; name: string } | null;
  tierId: string | null;
  /** TIER lists: "Distribution › Gold" */
  tierName: string | null;
  currency: string;
  /** "YYYY-MM-DD" */
  validFrom: string;
  validUntil: string | null;
  status: PriceListStatusValue;
  publishedNumber: number;
  entries: number;
  updatedAt: Date;
};

/** A list's page: its header as the working copy holds it. */
export type PriceListDetail = PriceListItem & {
  description: string | null;
  /** "-10" */
  adjustPercent: string | null;
  version: number;
};

/** One price of a working copy or a published version. */
export type PriceEntryItem = {
  id: string;
  productId: string;
  sku: string;
  nameEn: string;
  nameEs: string;
  minQuantity: number;
  method: PriceMethodInput;
  amountMinor: bigint | null;
  percent: string | null;
};

/** A published version in a list's history. */
export type PriceListVersionItem = {
  id: string;
  number: number;
  publishedAt: Date;
  publishedByName: string | null;
  validFrom: string;
  validUntil: string | null;
  live: boolean;
  retiredAt: Date | null;
  overrideReason: string | null;
  findings: number;
  prices: number;
};

/** A finding as the findings page lists it. */
export type PriceFindingItem = {
  id: string;
  status: "OPEN" | "RESOLVED";
  detail: PriceFindingDetail;
  firstSeenAt: Date;
  lastSeenAt: Date;
  resolvedAt: Date | null;
};

/** A row of a partner's effective price list: the product and its unit price from each break on. */
export type EffectivePriceItem = {
  productId: string;
  sku: string;
  nameEn: string;
  nameEs: string;
  unit: string;
  packSize: number;
  currency: string;
  breaks: { minQuantity: number; unitPriceMinor: bigint; listName: string }[];
};

/** The vendor's preview answer: the resolution and who/what was asked about. */
export type PricePreview = {
  partner: { id: string; name: string; type: string };
  product: { id: string; sku: string; nameEn: string; nameEs: string };
  date: string;
  resolution: Resolution;
};
