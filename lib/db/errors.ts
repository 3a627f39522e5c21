type UniqueViolationMeta = {
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
};

/**
 * True when Prisma reports a unique-constraint violation (P2002), optionally on a field.
 * On tables with row-level security PostgreSQL leaves the key out of the error, so the
 * pg adapter reports only the index name (`Partner_tenantId_name_key`): the field is then
 * read from the index name's middle parts.
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return false;
  if (!field) return true;
  const meta = (error as { meta?: UniqueViolationMeta }).meta;
  const target = meta?.target;
  if (Array.isArray(target) && target.includes(field)) return true;
  if (typeof target === "string" && target.split("_").includes(field)) return true;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields?.includes(field)) return true;
  const indexParts = constraint?.index?.split("_").slice(1, -1) ?? [];
  return indexParts.includes(field);
}

/** True when Prisma reports a foreign-key violation (P2003), e.g. deleting a row still referenced. */
export function isForeignKeyViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return code === "P2003" || meta?.driverAdapterError?.cause?.kind === "ForeignKeyConstraintViolation";
}
