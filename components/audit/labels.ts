import { AUDIT_ENTITY_TYPES, type AuditEntityType } from "@/lib/audit/schema";

/**
 * Audit actions we have words for. Keys in the catalog cannot contain dots, so
 * "user.roleChanged" is stored as "user_roleChanged". Anything not listed here (a newer
 * module's action) is shown as recorded rather than failing.
 */
export const AUDIT_ACTION_KEYS = {
  "tenant.created": "tenant_created",
  "tenant.updated": "tenant_updated",
  "tenant.brandUpdated": "tenant_brandUpdated",
  "tenant.partnerRulesUpdated": "tenant_partnerRulesUpdated",
  "tenant.setupDismissed": "tenant_setupDismissed",
  "user.invited": "user_invited",
  "user.roleChanged": "user_roleChanged",
  "user.deactivated": "user_deactivated",
  "user.reactivated": "user_reactivated",
  "user.invitationResent": "user_invitationResent",
  "user.invitationAccepted": "user_invitationAccepted",
  "user.invitationDeclined": "user_invitationDeclined",
  "partner.created": "partner_created",
  "partner.updated": "partner_updated",
  "partner.previewStarted": "partner_previewStarted",
  "partner.startOnboarding": "partner_startOnboarding",
  "partner.activate": "partner_activate",
  "partner.suspend": "partner_suspend",
  "partner.reinstate": "partner_reinstate",
  "partner.offboard": "partner_offboard",
  "application.submitted": "application_submitted",
  "application.approved": "application_approved",
  "application.rejected": "application_rejected",
  "tenant.applicationsUpdated": "tenant_applicationsUpdated",
  "partnerUser.invited": "partnerUser_invited",
  "partnerUser.invitationResent": "partnerUser_invitationResent",
  "partnerUser.deactivated": "partnerUser_deactivated",
  "partnerUser.reactivated": "partnerUser_reactivated",
  "delivery.retried": "delivery_retried",
  "partner.profileUpdated": "partner_profileUpdated",
  "partnerContact.created": "partnerContact_created",
  "partnerContact.updated": "partnerContact_updated",
  "partnerContact.deleted": "partnerContact_deleted",
  "activity.logged": "activity_logged",
  "task.created": "task_created",
  "task.completed": "task_completed",
  "task.reminded": "task_reminded",
  "task.overdueNotified": "task_overdueNotified",
  "account.created": "account_created",
  "account.imported": "account_imported",
  "account.updated": "account_updated",
  "account.territoryOverridden": "account_territoryOverridden",
  "account.territoryToRules": "account_territoryToRules",
  "contact.added": "contact_added",
  "contact.removed": "contact_removed",
  "territory.created": "territory_created",
  "territory.updated": "territory_updated",
  "territory.deleted": "territory_deleted",
  "territory.ownerAdded": "territory_ownerAdded",
  "territory.ownerRemoved": "territory_ownerRemoved",
  "territory.partnerAssigned": "territory_partnerAssigned",
  "territory.partnerUnassigned": "territory_partnerUnassigned",
  "territory.rulesApplied": "territory_rulesApplied",
  "territoryRule.added": "territoryRule_added",
  "territoryRule.removed": "territoryRule_removed",
  "conflict.opened": "conflict_opened",
  "conflict.allow": "conflict_allow",
  "conflict.decline": "conflict_decline",
  "file.uploaded": "file_uploaded",
  "file.deleted": "file_deleted",
  "product.created": "product_created",
  "product.updated": "product_updated",
  "product.imported": "product_imported",
  "product.activate": "product_activate",
  "product.discontinue": "product_discontinue",
  "product.reactivate": "product_reactivate",
  "product.imageAdded": "product_imageAdded",
  "product.imageRemoved": "product_imageRemoved",
  "product.costSet": "product_costSet",
  "brand.created": "brand_created",
  "brand.renamed": "brand_renamed",
  "family.created": "family_created",
  "family.renamed": "family_renamed",
  "priceList.created": "priceList_created",
  "priceList.updated": "priceList_updated",
  "priceList.priceSet": "priceList_priceSet",
  "priceList.priceRemoved": "priceList_priceRemoved",
  "priceList.publish": "priceList_publish",
  "priceList.publishOverride": "priceList_publishOverride",
  "priceList.archive": "priceList_archive",
  "pricing.scanned": "pricing_scanned",
  "pricing.settingsUpdated": "pricing_settingsUpdated",
} as const;

export type AuditActionKey = (typeof AUDIT_ACTION_KEYS)[keyof typeof AUDIT_ACTION_KEYS];
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_KEYS) as (keyof typeof AUDIT_ACTION_KEYS)[];

export function auditActionKey(action: string): AuditActionKey | undefined {
  return (AUDIT_ACTION_KEYS as Record<string, AuditActionKey | undefined>)[action];
}

export function isKnownEntityType(value: string): value is AuditEntityType {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);
}
