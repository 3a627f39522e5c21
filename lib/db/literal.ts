import pg from "pg";

/**
 * A value written into SQL text as a quoted literal, for the few statements sent with the
 * simple protocol (several statements in one message cannot have parameters): the RLS
 * settings (lib/db/scope.ts) and `readStatement` (lib/db/statement.ts). node-postgres's
 * escaping doubles quotes and backslashes (E'' form when needed), which is safe whatever
 * `standard_conforming_strings` says. A NUL byte would end the message early: refused.
 */
export function sqlLiteral(value: string | number | boolean | null): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("sqlLiteral: not a finite number");
    return String(value);
  }
  if (value.includes("\0")) throw new Error("sqlLiteral: NUL byte in a value");
  return pg.escapeLiteral(value);
}

/** One element of an array literal: double-quoted, with `"` and `\` escaped (NULL unquoted). */
function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  const text = typeof value === "string" ? value : String(value);
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * A value of a `Prisma.sql` template as a literal, for an `EXECUTE` of the prepared
 * statement the template makes (lib/db/raw.ts): strings, numbers, booleans and null as
 * `sqlLiteral`; a bigint as its digits; a Date as its ISO text (Prisma writes timestamps in
 * UTC); an array as an array literal (`'{"a","b"}'`); any other object as JSON text. Each
 * is typed by the parameter it fills, as the value Prisma would have sent.
 */
export function valueLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return sqlLiteral(value.toISOString());
  if (Array.isArray(value)) return sqlLiteral(`{${value.map(arrayElement).join(",")}}`);
  if (typeof value === "object") return sqlLiteral(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
  return sqlLiteral(value as string | number | boolean);
}
