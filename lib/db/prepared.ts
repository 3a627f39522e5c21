import "server-only";
import { createHash } from "node:crypto";
import type pg from "pg";
import { valueLiteral } from "./literal";

/** A `Prisma.sql` template (or anything shaped like one): text parts around its values. */
export type Template = { readonly strings: readonly string[]; readonly values: readonly unknown[] };

/**
 * Statements prepared with SQL (`PREPARE name AS …`, then `EXECUTE name(literals…)`) on the
 * app pool's connections, for the statements sent as simple-protocol messages
 * (`readStatement`, lib/db/statement.ts; `withRawScope`, lib/db/raw.ts): PostgreSQL parses
 * each once per connection and, after five executions, keeps a generic plan when it costs
 * no more — instead of parsing, expanding the row-level-security policies and planning the
 * text again on every call. The policies read their settings when the plan runs, so one
 * plan serves every scope.
 *
 * Statement text → its name (from the text's hash), and the names prepared on each pooled
 * connection (a closed connection takes its set with it). One registry per process, on
 * globalThis like the pool (lib/db/client.ts): Next bundles this module into several server
 * layers, and they share the pool's connections.
 */
type Registry = { names: Map<string, string>; preparedOn: WeakMap<pg.PoolClient, Set<string>> };
const registry = ((globalThis as unknown as { canalRawStatements?: Registry }).canalRawStatements ??= {
  names: new Map(),
  preparedOn: new WeakMap(),
});

function nameOf(text: string): string {
  let name = registry.names.get(text);
  if (!name) registry.names.set(text, (name = `canal_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`));
  return name;
}

/** The names prepared so far on `client`. */
export function preparedOn(client: pg.PoolClient): Set<string> {
  let prepared = registry.preparedOn.get(client);
  if (!prepared) registry.preparedOn.set(client, (prepared = new Set()));
  return prepared;
}

/**
 * The template as `EXECUTE name(values…)`, and — when `prepared` (the connection's set)
 * does not hold it yet — the `PREPARE` to send in front of it (the caller adds the name
 * to the set once PostgreSQL has run it).
 */
export function preparedStatement(template: Template, prepared: ReadonlySet<string>): { name: string; prepare: string | null; execute: string } {
  const text = template.strings.reduce((out, part, i) => `${out}$${i}${part}`);
  const name = nameOf(text);
  return {
    name,
    prepare: prepared.has(name) ? null : `PREPARE ${name} AS ${text}`,
    execute: template.values.length ? `EXECUTE ${name}(${template.values.map(valueLiteral).join(", ")})` : `EXECUTE ${name}`,
  };
}
