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
  "partnerUser.invited": "partnerUser_invited",
  "partnerUser.invitationResent": "partnerUser_invitationResent",
  "partnerUser.deactivated": "partnerUser_deactivated",
  "partnerUser.reactivated": "partnerUser_reactivated",
  "delivery.retried": "delivery_retried",
  "file.uploaded": "file_uploaded",
  "file.deleted": "file_deleted",
} as const;

export type AuditActionKey = (typeof AUDIT_ACTION_KEYS)[keyof typeof AUDIT_ACTION_KEYS];
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_KEYS) as (keyof typeof AUDIT_ACTION_KEYS)[];

export function auditActionKey(action: string): AuditActionKey | undefined {
  return (AUDIT_ACTION_KEYS as Record<string, AuditActionKey | undefined>)[action];
}

export function isKnownEntityType(value: string): value is AuditEntityType {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);
}
