import { addDays, dateToDay, dayToDate } from "@/lib/activities/dates";

/**
 * Coverage of one unit, computed from stored facts only (ship day, registration, sale,
 * policy, extensions, the unit it replaces) and the tenant's today — a pure function, so
 * the lookup, claims, certificates and the tests agree by construction. Days are
 * "YYYY-MM-DD" calendar days in the tenant's time zone; the last covered day is covered
 * until its end there.
 */

export type WarrantyStartRuleValue = "SHIPMENT" | "REGISTRATION" | "SALE";

export type CoveragePolicy = {
  id: string;
  name: string;
  /** the partner a customised policy is for; null for a standard policy */
  partnerName: string | null;
  months: number;
  startRule: WarrantyStartRuleValue;
  latestStartMonths: number | null;
  requiresRegistration: boolean;
  coversParts: boolean;
  coversLabour: boolean;
  coversOnSite: boolean;
};

export type CoverageUnit = {
  serial: string;
  shippedOn: string;
  registeredOn: string | null;
  saleOn: string | null;
  policy: CoveragePolicy | null;
  /** months of extended warranties bought for this unit */
  extensionMonths: number;
  /** for a replacement: the unit it replaces (whose coverage it continues) */
  original: CoverageUnit | null;
};

export type CoverageStatus =
  /** today is between the first and the last covered day */
  | "COVERED"
  | "EXPIRED"
  /** the start day is known and still ahead (a latest start in the future, say) */
  | "NOT_STARTED"
  /** the policy starts at registration or sale, which has not happened, and has no latest start */
  | "AWAITING_START"
  | "NO_POLICY";

/** What started the coverage: the policy's rule, or the latest start that came first. */
export type StartBasis = WarrantyStartRuleValue | "LATEST_START";

export type Coverage = {
  status: CoverageStatus;
  policy: Pick<CoveragePolicy, "id" | "name" | "partnerName" | "months" | "startRule" | "latestStartMonths" | "requiresRegistration" | "coversParts" | "coversLabour" | "coversOnSite"> | null;
  startBasis: StartBasis | null;
  startOn: string | null;
  /** the last covered day (inclusive) */
  lastDay: string | null;
  extensionMonths: number;
  registered: boolean;
  /** the serial of the original unit whose coverage a replacement continues */
  continuesSerial: string | null;
};

/** `day` plus `months` calendar months; the 31st of a shorter month becomes its last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return dateToDay(new Date(Date.UTC(year, month, Math.min(d, last))));
}

const min = (a: string, b: string) => (a <= b ? a : b);

function startOf(unit: CoverageUnit, policy: CoveragePolicy): { basis: StartBasis; day: string } | null {
  if (policy.startRule === "SHIPMENT") return { basis: "SHIPMENT", day: unit.shippedOn };
  const event = policy.startRule === "REGISTRATION" ? unit.registeredOn : unit.saleOn;
  const latest = policy.latestStartMonths === null ? null : addMonths(unit.shippedOn, policy.latestStartMonths);
  if (event && (!latest || event <= latest)) return { basis: policy.startRule, day: event };
  if (latest) return { basis: "LATEST_START", day: event ? min(event, latest) : latest };
  return null;
}

export function computeCoverage(unit: CoverageUnit, today: string): Coverage {
  if (unit.original) {
    // a replacement is covered as long as the unit it replaces would have been, plus any
    // extended warranty bought for the replacement itself
    const original = { ...unit.original, extensionMonths: unit.original.extensionMonths + unit.extensionMonths };
    const inherited = computeCoverage(original, today);
    return { ...inherited, continuesSerial: inherited.continuesSerial ?? unit.original.serial };
  }
  const registered = unit.registeredOn !== null;
  const policy = unit.policy;
  if (!policy) {
    return { status: "NO_POLICY", policy: null, startBasis: null, startOn: null, lastDay: null, extensionMonths: unit.extensionMonths, registered, continuesSerial: null };
  }
  const { id, name, partnerName, months, startRule, latestStartMonths, requiresRegistration, coversParts, coversLabour, coversOnSite } = policy;
  const shown = { id, name, partnerName, months, startRule, latestStartMonths, requiresRegistration, coversParts, coversLabour, coversOnSite };
  const start = startOf(unit, policy);
  if (!start) {
    return { status: "AWAITING_START", policy: shown, startBasis: null, startOn: null, lastDay: null, extensionMonths: unit.extensionMonths, registered, continuesSerial: null };
  }
  const lastDay = addDays(addMonths(start.day, months + unit.extensionMonths), -1);
  const status: CoverageStatus = today < start.day ? "NOT_STARTED" : today <= lastDay ? "COVERED" : "EXPIRED";
  return { status, policy: shown, startBasis: start.basis, startOn: start.day, lastDay, extensionMonths: unit.extensionMonths, registered, continuesSerial: null };
}

/** A `date` column's value as a day, or null. */
export const dayOf = (value: Date | null): string | null => (value ? dateToDay(value) : null);
export { dayToDate };
