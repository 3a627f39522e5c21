import "server-only";
import type { Tx } from "@/lib/db/scope";
import { checkPrices, type GuardInput, type PriceFindingDetail } from "./guard";
import { percent, type LoadedList } from "./model";
import { loadLiveLists, loadedList, pricesOf } from "./world";

/** The tenant's tolerance for CHANNEL_SPREAD (no settings row = 25 %). */
export const DEFAULT_TOLERANCE_PERCENT = "25";

export async function tolerancePercent(tx: Tx, tenantId: string): Promise<string> {
  const settings = await tx.pricingSettings.findUnique({ where: { tenantId }, select: { tolerancePercent: true } });
  return settings ? settings.tolerancePercent.toString() : DEFAULT_TOLERANCE_PERCENT;
}

/** A working copy as the engine reads it: a would-be next version of its list. */
export async function draftAsList(tx: Tx, tenantId: string, listId: string): Promise<LoadedList> {
  const list = await tx.priceList.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id: listId } },
    select: {
      id: true,
      name: true,
      target: true,
      partnerType: true,
      partnerId: true,
      tierId: true,
      currency: true,
      validFrom: true,
      validUntil: true,
      adjustPercent: true,
      publishedNumber: true,
      entries: {
        select: { productId: true, minQuantity: true, method: true, amountMinor: true, percent: true },
        orderBy: [{ productId: "asc" }, { minQuantity: "asc" }],
      },
    },
  });
  const { entries, id, publishedNumber, ...header } = list;
  return loadedList({ ...header, listId: id, versionId: `draft:${id}`, number: publishedNumber + 1, publishedAt: new Date() }, pricesOf(entries));
}

/**
 * What the guard needs, read in the caller's (vendor or system) transaction: every live
 * list — with `candidate` in place of its list's live version — costs and floors, tiers,
 * product names and the tolerance.
 */
export async function guardInput(tx: Tx, tenantId: string, today: string, candidate?: LoadedList): Promise<GuardInput> {
  const live = await loadLiveLists(tx, tenantId);
  const lists = candidate ? [...live.filter((l) => l.listId !== candidate.listId), candidate] : live;
  const [costRows, products, tiers, tolerance] = await Promise.all([
    tx.productCost.findMany({ where: { tenantId }, select: { productId: true, currency: true, costMinor: true, floorMinor: true } }),
    tx.product.findMany({ where: { tenantId }, select: { id: true, sku: true, nameEn: true } }),
    tx.programTier.findMany({ where: { tenantId }, select: { id: true, programId: true, rank: true, name: true } }),
    tolerancePercent(tx, tenantId),
  ]);
  const costs = new Map<string, Map<string, { costMinor: bigint | null; floorMinor: bigint | null }>>();
  for (const row of costRows) {
    let byCurrency = costs.get(row.productId);
    if (!byCurrency) costs.set(row.productId, (byCurrency = new Map()));
    byCurrency.set(row.currency, { costMinor: row.costMinor, floorMinor: row.floorMinor });
  }
  return {
    lists,
    costs,
    tiers: new Map(tiers.map((tier) => [tier.id, { programId: tier.programId, rank: tier.rank, name: tier.name }])),
    products: new Map(products.map((p) => [p.id, { sku: p.sku, name: p.nameEn }])),
    tolerance: percent(tolerance),
    today,
  };
}

/** The findings a publication of `candidate` would meet (only those involving its list). */
export async function checkCandidate(tx: Tx, tenantId: string, today: string, candidate: LoadedList): Promise<PriceFindingDetail[]> {
  const input = await guardInput(tx, tenantId, today, candidate);
  return checkPrices({ ...input, focusListId: candidate.listId });
}
