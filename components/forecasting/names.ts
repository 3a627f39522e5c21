import type { ForecastSlices } from "@/lib/forecasting/slices";

/** Names for series keys: the total, a territory, a partner, a product (the key itself when unknown). */
export function sliceNamer(slices: ForecastSlices, total: string) {
  const territories = new Map(slices.territories.map((n) => [n.id, n.name]));
  const partners = new Map(slices.partners.map((n) => [n.id, n.name]));
  const products = new Map(slices.products.map((n) => [n.id, n.name]));
  return {
    slice: (level: string, key: string) => (level === "TOTAL" ? total : ((level === "TERRITORY" ? territories : partners).get(key) ?? key)),
    product: (key: string) => products.get(key) ?? key,
  };
}
