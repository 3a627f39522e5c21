import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Rows written from one JSON value, for statements sent by hand (lib/db/raw.ts): PostgreSQL
 * reads each column by its own input function (`jsonb_populate_record(set)` with the
 * table's row type), so bigints travel as digit strings, dates as ISO text (UTC, as Prisma
 * writes them), enums as their names and JSON columns as JSON. Columns left out keep their
 * defaults (a timeline's `seq`); an `undefined` value is left out, as Prisma leaves it out;
 * `null` writes NULL. The JSON is one parameter: the statement's text depends only on the
 * table and the columns, so it prepares once per connection.
 */

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

function name(identifier: string): string {
  if (!IDENTIFIER.test(identifier)) throw new Error(`json-rows: "${identifier}" is not a table or column name`);
  return `"${identifier}"`;
}

const json = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

const columnsOf = (rows: readonly Record<string, unknown>[]) => [...new Set(rows.flatMap((row) => Object.keys(row).filter((key) => row[key] !== undefined)))].sort();

/** `INSERT INTO table (…) SELECT … FROM jsonb_populate_recordset(…)`: the rows in the order given (a serial default follows it). */
export function insertRowsSql(table: string, rows: readonly Record<string, unknown>[]): Prisma.Sql {
  if (!rows.length) throw new Error("insertRowsSql: no rows");
  const columns = columnsOf(rows).map(name).join(", ");
  return Prisma.sql`INSERT INTO ${Prisma.raw(name(table))} (${Prisma.raw(columns)}) SELECT ${Prisma.raw(columns)} FROM jsonb_populate_recordset(NULL::${Prisma.raw(name(table))}, ${json(rows)}::jsonb)`;
}

/**
 * `UPDATE table t SET <patch's columns> … FROM <the patch> r[, from] WHERE <where> [RETURNING …]`:
 * `where`, `also` (further SET items: a version's increment) and `returning` are SQL on the
 * alias `t`; `from` names further rows (a CTE's).
 */
export function updateRowSql(
  table: string,
  patch: Record<string, unknown>,
  where: Prisma.Sql,
  options: { also?: readonly string[]; from?: string; returning?: string } = {},
): Prisma.Sql {
  const sets = [...columnsOf([patch]).map((column) => `${name(column)} = r.${name(column)}`), ...(options.also ?? [])].join(", ");
  return Prisma.sql`UPDATE ${Prisma.raw(name(table))} t SET ${Prisma.raw(sets)}
    FROM jsonb_populate_record(NULL::${Prisma.raw(name(table))}, ${json(patch)}::jsonb) r${Prisma.raw(options.from ? `, ${options.from}` : "")}
    WHERE ${where}${Prisma.raw(options.returning ? ` RETURNING ${options.returning}` : "")}`;
}
