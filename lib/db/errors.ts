/** True when Prisma reports a unique-constraint violation (P2002), optionally on a field. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return false;
  if (!field) return true;
  const meta = (error as { meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } }).meta;
  const target = meta?.target;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields;
  const haystack = JSON.stringify([target, fields]);
  return haystack.includes(field);
}
