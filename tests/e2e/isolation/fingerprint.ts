/**
 * "Changes no row": a digest of every row of the world's tenants and users in every table
 * (found from the catalogue, so new tables are covered), read as the database owner,
 * which row-level security does not restrict. Two equal digests mean nothing of the world
 * was inserted, updated or deleted in between.
 */
import pg from "pg";
import { e2eConfig } from "../../../scripts/db/e2e";
import type { World } from "./model";

/** Tables that change for reasons of their own (rate-limit counters, migrations). */
const IGNORED = new Set(["RateLimitBucket", "_prisma_migrations"]);

export type Fingerprint = Record<string, string>;

export class WorldFingerprint {
  private readonly pool = new pg.Pool({ connectionString: e2eConfig().ownerUrl, max: 2 });
  private queries: { table: string; sql: string }[] | null = null;

  constructor(private readonly world: World) {}

  /** One digest query per table holding tenant or user rows. */
  private async tableQueries(): Promise<{ table: string; sql: string }[]> {
    if (this.queries) return this.queries;
    const { rows } = await this.pool.query<{ table: string; columns: string[] }>(
      `SELECT table_name AS table, array_agg(column_name::text) AS columns
         FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name IN ('id', 'tenantId', 'userId')
        GROUP BY table_name ORDER BY table_name`,
    );
    this.queries = rows
      .filter(({ table }) => !IGNORED.has(table))
      .flatMap(({ table, columns }) => {
        const byTenant = columns.includes("tenantId") ? `t."tenantId"` : table === "Tenant" ? "t.id" : null;
        const byUser = columns.includes("userId") ? `t."userId"` : table === "User" ? "t.id" : null;
        const conditions = [
          ...(byTenant ? [`${byTenant} = ANY($1::text[])`] : []),
          ...(byUser ? [`${byUser} = ANY($2::text[])`] : []),
        ];
        if (conditions.length === 0) return [];
        // Both parameters are always bound; a table filtered by one still names the other.
        const sql = `SELECT count(*)::int || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
                       FROM "${table}" t WHERE (${conditions.join(" OR ")}) AND cardinality($1::text[]) + cardinality($2::text[]) > 0`;
        return [{ table, sql }];
      });
    return this.queries;
  }

  async take(): Promise<Fingerprint> {
    const params = [this.world.scope.tenantIds, this.world.scope.userIds];
    const out: Fingerprint = {};
    for (const { table, sql } of await this.tableQueries()) {
      const { rows } = await this.pool.query<{ digest: string }>(sql, params);
      out[table] = rows[0]!.digest;
    }
    return out;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
