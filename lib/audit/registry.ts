import "server-only";
import { activityAuditObjects } from "@/lib/activities/audit-objects";
import { applicationAuditObjects } from "@/lib/applications/audit-objects";
import { accountAuditObjects } from "@/lib/accounts/audit-objects";
import { dealAuditObjects } from "@/lib/deals/audit-objects";
import { leadAuditObjects } from "@/lib/leads/audit-objects";
import { catalogAuditObjects } from "@/lib/catalog/audit-objects";
import { configuratorAuditObjects } from "@/lib/configurator/audit-objects";
import { pricingAuditObjects } from "@/lib/pricing/audit-objects";
import { orderAuditObjects } from "@/lib/orders/audit-objects";
import { invoicingAuditObjects } from "@/lib/invoicing/audit-objects";
import { fileAuditObjects } from "@/lib/files/audit-objects";
import { forecastingAuditObjects } from "@/lib/forecasting/audit-objects";
import { notifyAuditObjects } from "@/lib/notify/audit-objects";
import { partnerAuditObjects } from "@/lib/partners/audit-objects";
import { programAuditObjects } from "@/lib/programs/audit-objects";
import { userAuditObjects } from "@/lib/users/audit-objects";
import { warrantyAuditObjects } from "@/lib/warranties/audit-objects";
import type { AuditObjectType } from "./objects";

/**
 * Every entity type the audit log can name (besides the workspace itself). A module adds
 * its `lib/<module>/audit-objects.ts` here and its type to AUDIT_ENTITY_TYPES
 * (lib/audit/schema.ts); tests/unit/audit-objects.test.ts checks the two lists agree.
 */
export const AUDIT_OBJECT_TYPES: readonly AuditObjectType[] = [
  ...userAuditObjects,
  ...partnerAuditObjects,
  ...notifyAuditObjects,
  ...programAuditObjects,
  ...activityAuditObjects,
  ...applicationAuditObjects,
  ...accountAuditObjects,
  ...fileAuditObjects,
  ...dealAuditObjects,
  ...leadAuditObjects,
  ...catalogAuditObjects,
  ...pricingAuditObjects,
  ...configuratorAuditObjects,
  ...orderAuditObjects,
  ...invoicingAuditObjects,
  ...forecastingAuditObjects,
  ...warrantyAuditObjects,
];
