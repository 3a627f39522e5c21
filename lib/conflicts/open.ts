import "server-only";
import type { SystemCtx, TenantCtx } from "@/lib/auth/context";
import { usersWithPermission } from "@/lib/auth/holders";
import { recordAudit } from "@/lib/audit/service";
import type { Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";
import { publishEvent } from "@/lib/notify/publish";

export type ConflictDraft = {
  kind: "DUPLICATE_CLAIM" | "OUT_OF_TERRITORY";
  accountId: string;
  accountName?: string;
  claimantPartnerId: string;
  otherAccountId: string | null;
  otherPartnerId: string | null;
  matchedOn: string[];
  territoryPath: string | null;
};

/**
 * Records conflicts and tells the claimant's channel manager (or, when it has none, every
 * vendor user who resolves conflicts), in the caller's transaction. The caller's scope must
 * read the tenant (vendor or system): lib/accounts/world.ts widens a partner's for this.
 */
export async function openConflicts(tx: Tx, ctx: TenantCtx | SystemCtx, drafts: readonly ConflictDraft[]): Promise<void> {
  if (!drafts.length) return;
  const rows = drafts.map((draft) => ({
    id: createId("conflict"),
    tenantId: ctx.tenantId,
    kind: draft.kind,
    accountId: draft.accountId,
    claimantPartnerId: draft.claimantPartnerId,
    otherAccountId: draft.otherAccountId,
    otherPartnerId: draft.otherPartnerId,
    matchedOn: draft.matchedOn,
    territoryPath: draft.territoryPath,
  }));
  await tx.channelConflict.createMany({ data: rows });
  for (const row of rows) {
    await recordAudit(tx, ctx, {
      action: "conflict.opened",
      entityType: "ChannelConflict",
      entityId: row.id,
      after: { kind: row.kind, accountId: row.accountId, claimant: row.claimantPartnerId, other: row.otherPartnerId, matchedOn: row.matchedOn },
    });
  }
  const byPartner = new Map<string, ConflictDraft[]>();
  for (const draft of drafts) byPartner.set(draft.claimantPartnerId, [...(byPartner.get(draft.claimantPartnerId) ?? []), draft]);
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { slug: true, name: true } });
  for (const [partnerId, list] of byPartner) {
    const partner = await tx.partner.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } },
      select: { name: true, channelManager: { select: { userId: true, status: true } } },
    });
    const manager = partner.channelManager?.status === "ACTIVE" ? [partner.channelManager.userId] : [];
    const recipients = manager.length
      ? manager
      : await usersWithPermission(tx, { tenantId: ctx.tenantId, ...(ctx.user ? { except: ctx.user.id } : {}) }, "conflicts.resolve");
    if (!recipients.length) continue;
    await publishEvent(tx, {
      tenantId: ctx.tenantId,
      type: "conflict.opened",
      payload: {
        recipients: recipients.map((userId) => ({ userId })),
        link: `/${tenant.slug}/admin/conflicts?status=OPEN`,
        params: {
          tenant: tenant.name,
          partner: partner.name,
          account: list[0]!.accountName ?? "",
          count: String(list.length),
        },
      },
    });
  }
}
