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
