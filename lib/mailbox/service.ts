import "server-only";
import { getRequestInfo, getSessionUser } from "@/lib/auth/session";
import { vendorCan } from "@/lib/auth/permissions";
import { withScope } from "@/lib/db/scope";
import { devMailboxEnabled } from "@/lib/env";
import { isLoopback } from "@/lib/http/client-ip";

/**
 * Who may read the development mailbox, which holds live links (invitations, resets,
 * sign-up verifications) for every address:
 * - nobody when an SMTP server is configured or the mailbox is off (production default);
 * - requests from the loopback interface (the developer's own machine): everything;
 * - otherwise a signed-in tenant admin (`mailbox.read`): only messages of the tenants
 *   they administer — never account messages (resets, verifications) of no tenant.
 */
export type MailboxReader = { scope: "all" } | { scope: "tenants"; tenantIds: string[] };

export async function mailboxReader(): Promise<MailboxReader | null> {
  if (!devMailboxEnabled()) return null;
  const { ip } = await getRequestInfo();
  if (isLoopback(ip)) return { scope: "all" };
  const user = await getSessionUser();
  if (!user) return null;
  const seats = await withScope({ audience: "anonymous", userId: user.id }, (tx) =>
    tx.membership.findMany({ where: { userId: user.id, status: "ACTIVE" }, select: { tenantId: true, role: true } }),
  );
  const tenantIds = seats.filter((seat) => vendorCan(seat.role, "mailbox.read")).map((seat) => seat.tenantId);
  return tenantIds.length ? { scope: "tenants", tenantIds } : null;
}

/** Newest captured messages the reader may see, optionally for one recipient. */
export async function listMailbox(reader: MailboxReader, input: { to?: string | undefined; take: number }) {
  return withScope({ audience: "anonymous" }, (tx) =>
    tx.devMailboxMessage.findMany({
      where: {
        ...(input.to ? { to: input.to.toLowerCase() } : {}),
        ...(reader.scope === "tenants" ? { tenantId: { in: reader.tenantIds } } : {}),
      },
      orderBy: { createdAt: "desc" },
      take: input.take,
    }),
  );
}
