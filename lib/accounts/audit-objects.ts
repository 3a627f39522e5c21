import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Accounts, territories and channel conflicts, as the audit log names them. */
export const accountAuditObjects = defineAuditObjects([
  {
    type: "Account",
    describe: async (tx, tenantId, ids) =>
      (await tx.account.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } })).map((a) => ({
        ...a,
        path: `accounts/${a.id}`,
      })),
  },
  {
    type: "Territory",
    describe: async (tx, tenantId, ids) =>
      (await tx.territory.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, path: true } })).map((t) => ({
        id: t.id,
        name: t.path,
        path: `territories#${t.id}`,
      })),
  },
  {
    type: "ChannelConflict",
    describe: async (tx, tenantId, ids) =>
      (
        await tx.channelConflict.findMany({
          where: { tenantId, id: { in: ids } },
          select: { id: true, account: { select: { name: true } }, claimant: { select: { name: true } } },
        })
      ).map((c) => ({ id: c.id, name: `${c.account.name} (${c.claimant.name})`, path: "conflicts" })),
  },
]);
