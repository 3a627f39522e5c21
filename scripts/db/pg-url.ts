/**
 * Small helpers around PostgreSQL connection URLs, shared by the database tooling.
 * Kept free of heavy imports so playwright.config.ts can import scripts/db/e2e.ts cheaply.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root (scripts/db/ is two levels down). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export type PgFields = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  ssl?: boolean | { rejectUnauthorized: boolean };
};

/**
 * Splits a URL into discrete node-postgres fields. The migration adapter must be built
 * from these and never from `connectionString`: node-postgres lets a connection string
 * win over `database`, which sends the adapter's "shadow" replay to the main database.
 */
export function pgFields(url: string): PgFields {
  const u = new URL(url);
  if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") {
    throw new Error(`Not a PostgreSQL URL: ${redactUrl(url)}`);
  }
  const sslmode = u.searchParams.get("sslmode");
  const fields: PgFields = {
    host: decodeURIComponent(u.hostname.replace(/^\[|\]$/g, "")) || "127.0.0.1",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  };
  // Managed servers need TLS; verify the certificate only when the URL asks for it.
  if (sslmode && !["disable", "allow", "prefer"].includes(sslmode)) {
    fields.ssl = sslmode === "verify-full" || sslmode === "verify-ca" ? true : { rejectUnauthorized: false };
  }
  return fields;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** For messages: hides the password of URLs we did not make up ourselves. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<invalid url>";
  }
}

/** Double-quotes an SQL identifier (names here come from env or our own code). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
