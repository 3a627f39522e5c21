/**
 * PostgreSQL text cannot hold NUL characters (it fails with 22021), and no form of ours
 * needs them: the wrappers strip them from every param, search param and form value.
 */
export function stripNul(value: string): string {
  return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
}

export function sanitizeParams<T extends Record<string, string | string[] | undefined>>(params: T): T {
  const out: Record<string, string | string[] | undefined> = {};
  for (const [key, value] of Object.entries(params)) {
    out[stripNul(key)] = Array.isArray(value) ? value.map(stripNul) : value === undefined ? undefined : stripNul(value);
  }
  return out as T;
}
