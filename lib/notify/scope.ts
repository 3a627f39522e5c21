/**
 * The notifications a reader sees in a workspace: their own, of this tenant or of no
 * tenant (account messages). One rule for the bell, the center and search.
 */
export function visibleNotifications(reader: { tenantId: string; user: { id: string } }) {
  return { userId: reader.user.id, OR: [{ tenantId: reader.tenantId }, { tenantId: null }] };
}
