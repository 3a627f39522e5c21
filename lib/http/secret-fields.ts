/**
 * Field names that must never reach a browser: passwords, hashes, tokens, keys, secrets.
 * Services return shapes without them (tests/isolation/service-contract.test.ts checks
 * every return path with TypeScript's checker); the action wrapper also checks what it is
 * about to send, since a typed shape can still carry extra fields at run time.
 */
export const SECRET_FIELD = /password|secret|token|hash|apikey|api_key|privatekey|salt/i;

/** Paths (`user.passwordHash`, `rows[].tokenHash`) of secret-named fields in a plain value. */
export function secretFieldPaths(value: unknown, at = "", depth = 0): string[] {
  if (value === null || typeof value !== "object" || depth > 10 || value instanceof Date) return [];
  if (Array.isArray(value)) return value.flatMap((item) => secretFieldPaths(item, `${at}[]`, depth + 1));
  return Object.entries(value).flatMap(([key, inner]) => {
    const where = at ? `${at}.${key}` : key;
    // A flag (`hasPassword`) says something about a secret without carrying it.
    const named = SECRET_FIELD.test(key) && typeof inner !== "boolean";
    return [...(named ? [where] : []), ...secretFieldPaths(inner, where, depth + 1)];
  });
}
