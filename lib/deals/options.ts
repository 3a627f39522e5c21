import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";

type Option = { value: string; label: string };

/** Most partners offered in a filter; a larger channel narrows by territory or rep instead. */
const PARTNER_OPTIONS = 500;

/**
 * The back office's deal filters: partners that can hold deals, the territory tree by
 * path, and the reps (active seats that own a territory). The portal has none: a partner
 * sees its own deals only.
 */
export async function dealFilterOptions(ctx: VendorCtx): Promise<{ partners: Option[]; territories: Option[]; reps: Option[] }> {
  authorize(ctx, "deals.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [partners, territories, owners] = await Promise.all([
      tx.partner.findMany({
        where: { tenantId: ctx.tenantId, status: { not: "OFFBOARDED" } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: PARTNER_OPTIONS,
        select: { id: true, name: true },
      }),
      tx.territory.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ path: "asc" }, { id: "asc" }], select: { id: true, path: true } }),
      tx.territoryOwner.findMany({
        where: { tenantId: ctx.tenantId, membership: { status: "ACTIVE" } },
        distinct: ["membershipId"],
        select: { membershipId: true, membership: { select: { user: { select: { name: true } } } } },
      }),
    ]);
    return {
      partners: partners.map((p) => ({ value: p.id, label: p.name })),
      territories: territories.map((t) => ({ value: t.id, label: t.path })),
      reps: owners.map((o) => ({ value: o.membershipId, label: o.membership.user.name })).sort((a, b) => a.label.localeCompare(b.label)),
    };
  });
}
