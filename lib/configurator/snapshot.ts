import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * JSON columns cannot hold `bigint`: a saved price (its lines, their resolutions) is stored
 * with every bigint as `{ "$minor": "123" }` and read back exactly, never through a float.
 */

type Encoded = Prisma.InputJsonValue;

export function encodeJson(value: unknown): Encoded {
  if (typeof value === "bigint") return { $minor: value.toString() };
  if (Array.isArray(value)) return value.map(encodeJson);
  if (value && typeof value === "object") {
    const out: Record<string, Encoded> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item === null ? (null as unknown as Encoded) : encodeJson(item);
    return out;
  }
  return value as Encoded;
}

export function decodeJson<T>(value: unknown): T {
  if (Array.isArray(value)) return value.map((item) => decodeJson(item)) as T;
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === "$minor" && typeof entries[0]![1] === "string") return BigInt(entries[0]![1]) as T;
    return Object.fromEntries(entries.map(([key, item]) => [key, decodeJson(item)])) as T;
  }
  return value as T;
}
