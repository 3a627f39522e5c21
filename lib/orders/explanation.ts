import type { Resolution } from "@/lib/pricing/resolve";

/**
 * An order line keeps the engine's resolution as JSON, its amounts as strings of minor
 * units (lib/orders/pricing.ts). This gives it back as the engine's `Resolution`, amounts
 * as bigint again, for the explanation in words (components/pricing/resolution-explanation).
 * Client-safe.
 */
export function resolutionOf(explanation: unknown): Resolution | null {
  if (!explanation || typeof explanation !== "object" || !("steps" in explanation)) return null;
  return JSON.parse(JSON.stringify(explanation), (key, value: unknown) =>
    key.endsWith("Minor") && typeof value === "string" && /^-?\d+$/.test(value) ? BigInt(value) : value,
  ) as Resolution;
}

/** A line's product name in the reader's language (Spanish when the line has one). */
export function lineName(line: { name: string; nameEs: string }, locale: string): string {
  return locale === "es" && line.nameEs ? line.nameEs : line.name;
}
