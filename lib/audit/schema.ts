import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";

/** Kinds of record the audit log names (entity types written by recordAudit). */
export const AUDIT_ENTITY_TYPES = [
  "Tenant",
  "User",
  "Membership",
  "Partner",
  "PartnerUser",
  "Delivery",
  "FileObject",
  "PartnerContact",
  "Activity",
  "PartnerApplication",
  "Program",
  "Account",
  "Territory",
  "ChannelConflict",
  "DealRegistration",
  "Opportunity",
  "DealStage",
  "Lead",
  "LeadRule",
  "Product",
  "Brand",
  "ProductFamily",
  "PriceList",
  "SavedConfiguration",
  "Order",
  "Warehouse",
  "ApprovalRule",
  "Invoice",
  "Payment",
  "CreditNote",
  "TaxRate",
  "WarrantyPolicy",
  "WarrantyUnit",
  "WarrantyClaim",
  "ForecastRun",
  "PartnerForecast",
  "ForecastCommit",
  "CoopProgram",
  "CoopFund",
  "CoopRequest",
  "CoopClaim",
  "ForecastActionPlan",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/**
 * The audit log's URL state: `?actor=usr_…&entity=Partner&entityId=ptn_…&action=partner.created`.
 * `action` is an exact action ("user.invited") or a prefix ("user.", "partner").
 */
export const auditListQuery = defineListQuery({
  sorts: ["time"],
  defaultSort: { id: "time", desc: true },
  defaultPageSize: 50,
  filters: {
    actor: z
      .string()
      .regex(/^usr_[a-z0-9]{1,40}$/)
      .optional()
      .catch(undefined),
    entity: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
    entityId: z
      .string()
      .regex(/^[a-z]{2,4}_[a-z0-9]{1,40}$/)
      .optional()
      .catch(undefined),
    action: z
      .string()
      .regex(/^[A-Za-z0-9_.]{1,64}$/)
      .optional()
      .catch(undefined),
  },
});
export const AUDIT_LIST_FILTERS = ["actor", "entity", "entityId", "action"] as const;
export type AuditListQuery = ReturnType<typeof auditListQuery.parse>;

/** A person as the audit log names them. */
export type AuditPerson = { id: string; name: string; email: string };

/** The record an entry is about, with what it takes to name and link it. */
export type AuditObject = {
  type: string;
  id: string;
  /** Partner or person name, workspace name, message recipient; null once deleted. */
  name: string | null;
  /** For people: their e-mail (the users page searches by it). */
  email?: string | undefined;
  /** Where the record is shown, relative to the back office ("partners/ptn_…"); null: nowhere. */
  path: string | null;
};

export type AuditListItem = {
  id: string;
  createdAt: Date;
  action: string;
  /** Who acted; null for Canal itself (seeding, jobs). */
  actor: AuditPerson | null;
  object: AuditObject;
  before: unknown;
  after: unknown;
  requestId: string | null;
};
