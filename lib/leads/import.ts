import "server-only";
import { z } from "zod";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { unsafeLoadClaimWorld } from "@/lib/accounts/world";
import { normalizeHeader, readCsvImport, type ImportProblem } from "@/lib/csv/import";
import { withScope } from "@/lib/db/scope";
import enEnums from "@/lib/i18n/messages/en/enums.json";
import esEnums from "@/lib/i18n/messages/es/enums.json";
import { zodLocaleError } from "@/lib/i18n/validation";
import { INDUSTRIES } from "@/lib/accounts/schema";
import { LEAD_SOURCES, leadSchema } from "./schema";
import { insertLead, leadRow } from "./service";
import type { LeadImportReport } from "./types";

/**
 * Leads from a CSV file (lib/csv/import.ts: caps, encodings, delimiters, headers in English
 * or Spanish, formula-escaped cells read back). All or nothing: when any row has a problem
 * nothing is imported and the report lists every problem with its line and column; when
 * all rows are good they are written and distributed in one transaction.
 */

export const LEAD_IMPORT_MAX_BYTES = 1024 * 1024;
export const LEAD_IMPORT_MAX_ROWS = 500;

export const LEAD_IMPORT_COLUMNS = [
  { key: "company", headers: ["company", "name", "empresa", "compañía", "nombre"], required: true },
  { key: "contactName", headers: ["contact", "contact name", "contacto", "nombre del contacto"], required: true },
  { key: "email", headers: ["email", "e-mail", "correo", "correo electrónico"] },
  { key: "phone", headers: ["phone", "teléfono", "telefono"] },
  { key: "website", headers: ["website", "web", "domain", "sitio web", "dominio"] },
  { key: "country", headers: ["country", "país", "pais"] },
  { key: "region", headers: ["region", "state", "province", "región", "estado", "provincia"] },
  { key: "postalCode", headers: ["postal code", "zip", "código postal", "cp"] },
  { key: "industry", headers: ["industry", "sector", "industria"] },
  { key: "source", headers: ["source", "origin", "origen", "fuente"], required: true },
  { key: "products", headers: ["products", "products of interest", "productos", "productos de interés"] },
  { key: "value", headers: ["value", "estimated value", "valor", "valor estimado"] },
  { key: "currency", headers: ["currency", "moneda", "divisa"] },
  { key: "notes", headers: ["notes", "notas"] },
] as const;

/** Enum labels of either language ("Event", "Evento") → their code. */
function labelMap(codes: readonly string[], en: Record<string, string>, es: Record<string, string>): Map<string, string> {
  return new Map(codes.flatMap((code) => [[normalizeHeader(code), code], [normalizeHeader(en[code]!), code], [normalizeHeader(es[code]!), code]] as const));
}
const SOURCE_BY_LABEL = labelMap(LEAD_SOURCES, enEnums.leadSource, esEnums.leadSource);
const INDUSTRY_BY_LABEL = labelMap(INDUSTRIES, enEnums.industry, esEnums.industry);

function rowSchema(currency: string) {
  return z.preprocess((row) => {
    const r = row as Record<string, string | undefined>;
    const mapped = (map: Map<string, string>, value: string | undefined) => (value ? (map.get(normalizeHeader(value)) ?? value) : value);
    return { ...r, source: mapped(SOURCE_BY_LABEL, r.source), industry: mapped(INDUSTRY_BY_LABEL, r.industry), currency: r.currency?.trim().toUpperCase() || currency };
  }, leadSchema);
}

export function leadImportTemplate(): string {
  const headers = LEAD_IMPORT_COLUMNS.map((c) => c.headers[0]);
  const example = ["Iberia Retail S.L.", "Lucía Gómez", "lucia@iberia-retail.example", "+34 600 000 000", "iberia-retail.example", "ES", "Madrid", "28001", "Retail", "Event", "Analytics; Support", "25000", "EUR", "Met at the Madrid fair"];
  return `\uFEFF${headers.join(",")}\r\n${example.join(",")}\r\n`;
}

export async function importLeads(ctx: VendorCtx, input: { file: Blob | Uint8Array | string; locale: string }): Promise<LeadImportReport> {
  authorize(ctx, "leads.manage");
  const read = await readCsvImport(input.file, {
    columns: LEAD_IMPORT_COLUMNS,
    schema: rowSchema(ctx.tenant.currency),
    maxBytes: LEAD_IMPORT_MAX_BYTES,
    maxRows: LEAD_IMPORT_MAX_ROWS,
    error: zodLocaleError(input.locale),
  });
  const problems: ImportProblem[] = [...read.problems].sort((a, b) => a.line - b.line);
  const base = { total: read.total, underReview: 0, ignoredHeaders: read.ignoredHeaders };
  if (problems.length || read.rows.length === 0) return { ...base, imported: 0, offered: 0, problems };
  const now = new Date();
  return withScope(scopeOf(ctx), async (tx) => {
    const { rules } = await unsafeLoadClaimWorld(tx, ctx, [], []);
    let offered = 0;
    for (const row of read.rows) {
      const lead = await insertLead(tx, ctx, await leadRow(tx, ctx, row.data, rules), now, { action: "lead.imported", line: row.line });
      if (lead.offer) offered += 1;
    }
    return { ...base, imported: read.rows.length, offered, problems };
  });
}
