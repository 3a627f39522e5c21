import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

const usersPath = (email: string) => `users?q=${encodeURIComponent(email)}`;

/** Logins and back-office seats, as the audit log names them. */
export const userAuditObjects = defineAuditObjects([
  {
    type: "User",
    describe: async (tx, _tenantId, ids) =>
      (await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map(
        (user) => ({
          id: user.id,
          name: user.name || user.email,
          email: user.email,
          path: usersPath(user.email),
        }),
      ),
  },
  {
    type: "Membership",
    describe: async (tx, tenantId, ids) =>
      (
        await tx.membership.findMany({
          where: { tenantId, id: { in: ids } },
          select: { id: true, user: { select: { name: true, email: true } } },
        })
      ).map((seat) => ({
        id: seat.id,
        name: seat.user.name || seat.user.email,
        email: seat.user.email,
        path: usersPath(seat.user.email),
      })),
  },
]);
