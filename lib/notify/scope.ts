/**
 * The notifications a reader sees in a workspace: their own, of this tenant (account
 * messages are never in-app). One rule for the bell, the center and search.
 */
export function visibleNotifications(reader: { tenantId: string; user: { id: string } }) {
  return { userId: reader.user.id, tenantId: reader.tenantId };
}
