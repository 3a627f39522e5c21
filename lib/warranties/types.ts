import type { ImportProblem } from "@/lib/csv/import";
import type { FileInfo } from "@/lib/files/types";
import type { Coverage } from "./coverage";
import type { ClaimStatusValue } from "./lifecycle";

/** Shapes the warranties services return (selected fields, never whole rows). */

export type PolicySummary = {
  id: string;
  name: string;
  partner: { id: string; name: string } | null;
  product: { id: string; sku: string } | null;
  family: { id: string; nameEn: string; nameEs: string } | null;
  months: number;
  startRule: "SHIPMENT" | "REGISTRATION" | "SALE";
  latestStartMonths: number | null;
  coversParts: boolean;
  coversLabour: boolean;
  coversOnSite: boolean;
  requiresRegistration: boolean;
  passThrough: boolean;
  active: boolean;
  version: number;
};

export type UnitCoverage = {
  unitId: string;
  serial: string;
  product: { id: string; sku: string; nameEn: string; nameEs: string };
  partner: { id: string; name: string };
  source: "SHIPMENT" | "IMPORT" | "REPLACEMENT";
  shippedOn: string;
  registration: {
    endCustomerName: string;
    endCustomerLocale: string | null;
    saleOn: string | null;
    registeredOn: string | null;
    installationSite: string | null;
  } | null;
  /** the tenant's today the coverage was computed for */
  today: string;
  coverage: Coverage;
};

export type SyncResult = { created: number };

export type RegistrationResult = { unitId: string; registeredOn: string; version: number };

export type WarrantyImportReport = {
  /** data rows read */
  total: number;
  /** units created / sales registered (or that would have been, when the file was refused) */
  rows: number;
  /** whether the file was written (no problems: all or nothing) */
  written: boolean;
  problems: ImportProblem[];
  ignoredHeaders: string[];
};

export type ClaimSummary = {
  id: string;
  number: number;
  status: ClaimStatusValue;
  version: number;
  unitId: string;
  dueAt: Date | null;
};

export type ClaimDetail = ClaimSummary & {
  serial: string;
  partner: { id: string; name: string };
  failureCode: string;
  description: string;
  coverage: Coverage;
  rmaNumber: string | null;
  returnInstructions: string | null;
  replacement: { unitId: string; serial: string } | null;
  credit: { amountMinor: bigint; currency: string; creditNoteId: string | null } | null;
  createdAt: Date;
  /** the partner's photos of the failure ("warranty.photo" files) */
  photos: FileInfo[];
  timeline: {
    action: string;
    fromStatus: ClaimStatusValue | null;
    toStatus: ClaimStatusValue;
    reason: string | null;
    actorUserId: string | null;
    at: Date;
  }[];
};
