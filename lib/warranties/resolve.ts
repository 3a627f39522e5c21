/**
 * Which policy covers a unit: the partner's customised policy for the product, then its
 * customised policy for the product's family, then the standard policy for the product, then
 * the standard one for the family — the most specific wins, and among equals the newest.
 * Pure: units.ts calls it when a unit becomes known and pins the answer on the unit, so a
 * policy changed later never rewrites the warranty a unit shipped with.
 */

export type PolicyCandidate = {
  id: string;
  partnerId: string | null;
  productId: string | null;
  familyId: string | null;
  active: boolean;
  createdAt: Date;
};

export type PolicyReason = "CUSTOM_PRODUCT" | "CUSTOM_FAMILY" | "STANDARD_PRODUCT" | "STANDARD_FAMILY";

export function resolvePolicy<P extends PolicyCandidate>(
  policies: readonly P[],
  unit: { productId: string; familyId: string | null; partnerId: string },
): { policy: P; reason: PolicyReason } | null {
  const ranked: [PolicyReason, (p: P) => boolean][] = [
    ["CUSTOM_PRODUCT", (p) => p.partnerId === unit.partnerId && p.productId === unit.productId],
    ["CUSTOM_FAMILY", (p) => p.partnerId === unit.partnerId && p.familyId !== null && p.familyId === unit.familyId],
    ["STANDARD_PRODUCT", (p) => p.partnerId === null && p.productId === unit.productId],
    ["STANDARD_FAMILY", (p) => p.partnerId === null && p.familyId !== null && p.familyId === unit.familyId],
  ];
  for (const [reason, matches] of ranked) {
    const found = policies.filter((p) => p.active && matches(p)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    if (found) return { policy: found, reason };
  }
  return null;
}
