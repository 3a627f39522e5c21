import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Partners and their portal seats, as the audit log names them. */
export const partnerAuditObjects = defineAuditObjects([
  {
    type: "Partner",
    describe: async (tx, tenantId, ids) =>
      (await tx.partner.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } })).map(
        (partner) => ({
          ...partner,
          path: `partners/${partner.id}`,
        }),
      ),
  },
  {
    type: "PartnerUser",
    describe: async (tx, tenantId, ids) =>
      (
        await tx.partnerUser.findMany({
          where: { tenantId, id: { in: ids } },
          select: {
            id: true,
            partnerId: true,
            user: { select: { name: true, email: true } },
            partner: { select: { name: true } },
          },
        })
      ).map((seat) => ({
        id: seat.id,
        name: `${seat.user.name || seat.user.email} (${seat.partner.name})`,
        email: seat.user.email,
        path: `partners/${seat.partnerId}`,
      })),
  },
  {
    type: "PartnerContact",
    describe: async (tx, tenantId, ids) =>
      (
        await tx.partnerContact.findMany({
          where: { tenantId, id: { in: ids } },
          select: { id: true, name: true, email: true, partnerId: true, partner: { select: { name: true } } },
        })
      ).map((contact) => ({
        id: contact.id,
        name: `${contact.name} (${contact.partner.name})`,
        ...(contact.email ? { email: contact.email } : {}),
        path: `partners/${contact.partnerId}?tab=contacts`,
      })),
  },
]);
