/**
 * Audit actions and entity types we have words for. Keys in the catalog cannot contain
 * dots, so "user.roleChanged" is stored as "user_roleChanged". Anything not listed here
 * (a newer module's action) is shown as recorded rather than failing.
 */
export const AUDIT_ACTION_KEYS = {
  "tenant.created": "tenant_created",
  "tenant.updated": "tenant_updated",
  "user.invited": "user_invited",
  "user.roleChanged": "user_roleChanged",
  "user.deactivated": "user_deactivated",
  "user.reactivated": "user_reactivated",
  "user.invitationResent": "user_invitationResent",
  "user.invitationAccepted": "user_invitationAccepted",
  "partner.created": "partner_created",
  "partnerUser.invited": "partnerUser_invited",
  "partnerUser.deactivated": "partnerUser_deactivated",
  "partnerUser.reactivated": "partnerUser_reactivated",
  "delivery.retried": "delivery_retried",
} as const;

export type AuditActionKey = (typeof AUDIT_ACTION_KEYS)[keyof typeof AUDIT_ACTION_KEYS];

export const AUDIT_ENTITY_TYPES = ["Tenant", "User", "Membership", "Partner", "PartnerUser", "Delivery"] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Prefixes offered by the audit log filter (`?action=`), one per kind of record. */
export const AUDIT_FILTERS = ["tenant.", "user.", "partner.", "partnerUser.", "delivery."] as const;

export function auditActionKey(action: string): AuditActionKey | undefined {
  return (AUDIT_ACTION_KEYS as Record<string, AuditActionKey | undefined>)[action];
}

export function isKnownEntityType(value: string): value is AuditEntityType {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);
}
