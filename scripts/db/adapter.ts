/**
 * The driver adapter the schema engine (wasm) talks to PostgreSQL through: @prisma/adapter-pg
 * 7.10 with work-arounds for its four bugs on the migration path (see /work/shared/STACK.md):
 *
 * 1. It cannot describe PostgreSQL's `"char"` type (OID 18), which the engine reads from
 *    pg_catalog: such columns are reported as text to pg and as `Character` to the engine.
 * 2. Its shadow connection reuses the config with another `database`, but a connection
 *    string wins over `database` in node-postgres: we only ever pass discrete fields.
 * 3. It drops the shadow database while its own pool is still connected: we create the
 *    shadow database ourselves and drop it WITH (FORCE) after closing the pool.
 * 4. Its executeScript splits on `;`, breaking `$$` function bodies: we send the script
 *    as one simple-protocol query (PostgreSQL runs it as one implicit transaction, like
 *    the native engine does).
 */
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { type PgFields, quoteIdent } from "./pg-url";

const CHAR_OID = 18;
const TEXT_OID = 25;

/** The adapter internals we hook into (present in the pinned @prisma/adapter-pg 7.10.0). */
type PgQueryableInternals = {
  performIO(query: SqlQuery): Promise<pg.QueryArrayResult>;
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
  onError(error: unknown): never;
};

/** Work-around 1, applied to an adapter or a transaction object. */
function patchCharColumns<T extends object>(target: T): T {
  const q = target as unknown as PgQueryableInternals;
  if (typeof q.performIO !== "function" || typeof q.queryRaw !== "function") {
    throw new Error("@prisma/adapter-pg internals changed: review scripts/db/adapter.ts");
  }
  const charColumns = new WeakMap<SqlQuery, number[]>();
  const performIO = q.performIO.bind(q);
  const queryRaw = q.queryRaw.bind(q);
  q.performIO = async (query) => {
    const result = await performIO(query);
    const indices: number[] = [];
    result.fields?.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        indices.push(i);
      }
    });
    if (indices.length > 0) charColumns.set(query, indices);
    return result;
  };
  q.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return target;
}

function patchAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  patchCharColumns(adapter);
  const internals = adapter as unknown as PgQueryableInternals;
  const pool = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
  // Work-around 4: no values → node-postgres uses the simple query protocol, which accepts
  // several statements (and `$$` bodies) in one go.
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    patchCharColumns<Transaction>(await startTransaction(isolationLevel));
  return adapter;
}

function poolConfig(fields: PgFields, database: string): pg.PoolConfig {
  const { ssl, ...rest } = fields;
  return {
    ...rest,
    database,
    ...(ssl === undefined ? {} : { ssl }),
    max: 4,
    connectionTimeoutMillis: 10_000,
    // Idle clients must not keep a CLI alive once the engine is done.
    idleTimeoutMillis: 1_000,
    allowExitOnIdle: true,
  };
}

/** Runs statements on a short-lived connection (CREATE/DROP DATABASE cannot run in the engine's pool). */
export async function withClient<T>(fields: PgFields, database: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const { ssl, ...rest } = fields;
  const client = new pg.Client({
    ...rest,
    database,
    ...(ssl === undefined ? {} : { ssl }),
    connectionTimeoutMillis: 10_000,
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export type MigrationAdapterFactory = SqlMigrationAwareDriverAdapterFactory & {
  /** Disposes every adapter still open (the engine does not always do it). */
  closeAll(): Promise<void>;
};

/** A migration-aware adapter factory for the database `fields.database`. */
export function createMigrationAdapterFactory(fields: PgFields): MigrationAdapterFactory {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter, afterDispose?: () => Promise<void>): SqlDriverAdapter => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () =>
      (disposed ??= (async () => {
        open.delete(adapter);
        await dispose();
        await afterDispose?.();
      })());
    open.add(adapter);
    return adapter;
  };

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const adapter = await new PrismaPg(poolConfig(fields, fields.database)).connect();
      return track(patchAdapter(adapter));
    },
    async connectToShadowDb() {
      // Work-arounds 2 and 3: our own shadow database, discrete fields, forced drop after close.
      const shadow = `canal_shadow_${randomBytes(6).toString("hex")}`;
      await withClient(fields, fields.database, (c) => c.query(`CREATE DATABASE ${quoteIdent(shadow)}`));
      const adapter = await new PrismaPg(poolConfig(fields, shadow)).connect();
      return track(patchAdapter(adapter), async () => {
        await withClient(fields, fields.database, (c) =>
          c.query(`DROP DATABASE IF EXISTS ${quoteIdent(shadow)} WITH (FORCE)`),
        );
      });
    },
    async closeAll() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}
