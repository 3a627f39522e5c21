import "server-only";
import { z } from "zod";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { normalizeHeader, readCsvImport, type ImportProblem } from "@/lib/csv/import";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import enEnums from "@/lib/i18n/messages/en/enums.json";
import esEnums from "@/lib/i18n/messages/es/enums.json";
import { zodLocaleError } from "@/lib/i18n/validation";
import { claimAccounts } from "./claims";
import {
  ACCOUNT_IMPORT_COLUMNS,
  ACCOUNT_IMPORT_MAX_BYTES,
  ACCOUNT_IMPORT_MAX_ROWS,
  INDUSTRIES,
  accountFieldsSchema,
} from "./schema";
import type { ImportReport } from "./types";

/** Industry labels of either language ("Retail", "Comercio minorista") → their code. */
const INDUSTRY_BY_LABEL = new Map<string, string>(
  INDUSTRIES.flatMap((code) => [
    [normalizeHeader(code), code],
    [normalizeHeader(enEnums.industry[code]), code],
    [normalizeHeader(esEnums.industry[code]), code],
  ]),
);

/** A row of the file: the form's rules, with industry labels accepted in either language. */
const importRowSchema = z.preprocess((row) => {
  const value = (row as Record<string, string | undefined>).industry;
  if (!value) return row;
  return { ...(row as object), industry: INDUSTRY_BY_LABEL.get(normalizeHeader(value)) ?? value };
}, accountFieldsSchema);

/**
 * Reads an accounts file and imports its good rows in one transaction; every other row is
 * in the report with its line, column and reason (form rules, a repeat of an earlier row,
 * an account the owner already has). A file that cannot be read at all (too large, wrong
 * columns, not CSV) changes nothing and answers CSV_*.
 */
async function importFor(ctx: TenantCtx, partnerId: string | null, file: Blob | Uint8Array | string, locale: string): Promise<ImportReport> {
  const read = await readCsvImport(file, {
    columns: ACCOUNT_IMPORT_COLUMNS,
    schema: importRowSchema,
    maxBytes: ACCOUNT_IMPORT_MAX_BYTES,
    maxRows: ACCOUNT_IMPORT_MAX_ROWS,
    error: zodLocaleError(locale),
  });
  return withScope(scopeOf(ctx), async (tx) => {
    const results = await claimAccounts(
      tx,
      ctx,
      read.rows.map((row) => ({ ...row.data, partnerId, line: row.line })),
    );
    const problems: ImportProblem[] = [...read.problems];
    let imported = 0;
    let underReview = 0;
    for (const [index, result] of results.entries()) {
      const line = read.rows[index]!.line;
      if (!result.ok) {
        problems.push({ line, column: read.headerOf[result.problem.field] ?? null, message: result.problem.message });
        continue;
      }
      imported++;
      if (result.reviewStatus === "UNDER_REVIEW") underReview++;
      await recordAudit(tx, ctx, {
        action: "account.imported",
        entityType: "Account",
        entityId: result.id,
        after: { name: result.name, partnerId, line, reviewStatus: result.reviewStatus },
      });
    }
    problems.sort((a, b) => a.line - b.line);
    return { total: read.total, imported, underReview, problems, ignoredHeaders: read.ignoredHeaders };
  });
}

/** Vendor: imports accounts for one partner, or direct ones (`partnerId` null). */
export async function importAccounts(
  ctx: VendorCtx,
  input: { file: Blob | Uint8Array | string; partnerId: string | null; locale: string },
): Promise<ImportReport> {
  authorize(ctx, "accounts.import");
  if (input.partnerId) {
    const known = await withScope(scopeOf(ctx), (tx) =>
      tx.partner.count({ where: { tenantId: ctx.tenantId, id: input.partnerId! } }),
    );
    if (!known) throw new AppError("NOT_FOUND");
  }
  return importFor(ctx, input.partnerId, input.file, input.locale);
}

/** Portal: imports accounts of the reader's own partner. */
export async function importOwnAccounts(
  ctx: PartnerCtx,
  input: { file: Blob | Uint8Array | string; locale: string },
): Promise<ImportReport> {
  authorize(ctx, "ownAccounts.import");
  return importFor(ctx, ctx.partnerId, input.file, input.locale);
}
