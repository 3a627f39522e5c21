import "server-only";
import { createHash } from "node:crypto";
import type { SqlQuery } from "@prisma/driver-adapter-utils";

/**
 * Names for Prisma's statements, so that node-postgres prepares each one once per pooled
 * connection (`statementNameGenerator` of the pg adapter, lib/db/client.ts) instead of
 * sending it unnamed — which PostgreSQL parses, analyses, rewrites (the row-level-security
 * policies are expanded there) and plans again on every execution.
 *
 * A named statement is parsed once per connection; PostgreSQL then plans it for its values
 * five times and after that keeps a generic plan when that costs no more (plan_cache_mode
 * auto). Policies stay in the plan as they are: their settings (`current_setting`, read
 * through app_tenant_id() and friends) are evaluated when the statement runs, so one
 * plan serves every tenant, user and partner; a change of role or of the tables'
 * definitions invalidates the cached plans (PostgreSQL's plan cache does that itself).
 *
 * The name is the hash of the text, so the same text always has the same name (node-postgres
 * refuses one name for two texts). At most MAX_NAMED texts get a name: past that, new texts
 * go unnamed as before, which bounds what each connection holds on the server whatever
 * SQL comes (an `IN` list of a new length is a new text). "" is node-postgres's unnamed
 * statement.
 */
const MAX_NAMED = 1000;

type Registry = Map<string, string>;
const names: Registry = ((globalThis as unknown as { canalStatementNames?: Registry }).canalStatementNames ??= new Map());

export function statementName(query: Pick<SqlQuery, "sql" | "args">): string {
  // Without parameters a statement travels with the simple protocol, and the pool's clients
  // send a transaction's BEGIN in front of such a one (lib/db/pool.ts): left so.
  if (query.args.length === 0) return "";
  const known = names.get(query.sql);
  if (known !== undefined) return known;
  if (names.size >= MAX_NAMED) return "";
  const name = `prisma_${createHash("sha256").update(query.sql).digest("hex").slice(0, 24)}`;
  names.set(query.sql, name);
  return name;
}
