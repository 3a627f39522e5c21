import "server-only";
import type { Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a co-op program earns on: the terms the accrual job (./accrual.ts) and its reversal
 * (./reversal.ts) read, and the net (before tax) of an invoice's lines the program applies to
 * — its brand's or family's products, or every line that came from an order.
 */

export type AccruingProgram = {
  id: string;
  name: string;
  currency: string;
  period: "QUARTER" | "YEAR";
  graceDays: number;
  accrualBasis: "INVOICED" | "PAID" | null;
  accrualRate: Prisma.Decimal | null;
  brandId: string | null;
  familyId: string | null;
  tierId: string | null;
};

/** The brand / family filter on a joined `Product p`. */
export const productScope = (program: Pick<AccruingProgram, "brandId" | "familyId">) =>
  Prisma.sql`${program.brandId ? Prisma.sql`AND p."brandId" = ${program.brandId}` : Prisma.empty}
       ${program.familyId ? Prisma.sql`AND p."familyId" = ${program.familyId}` : Prisma.empty}`;

/** The invoice's net (before tax) of lines the program applies to. */
export async function eligibleNet(tx: Tx, tenantId: string, program: AccruingProgram, invoiceId: string): Promise<bigint> {
  const rows = await tx.$queryRaw<{ net: bigint | null }[]>(Prisma.sql`
    SELECT SUM(l."netMinor")::bigint AS "net"
      FROM "InvoiceLine" l
      JOIN "OrderLine" o ON o."tenantId" = l."tenantId" AND o."id" = l."orderLineId"
      JOIN "Product" p ON p."tenantId" = o."tenantId" AND p."id" = o."productId"
     WHERE l."tenantId" = ${tenantId} AND l."invoiceId" = ${invoiceId}
       ${productScope(program)}`);
  return rows[0]?.net ? BigInt(rows[0].net) : 0n;
}

/** The net of a line-level credit note's units (`CreditNote.lines`) on lines the program applies to. */
export async function eligibleCreditedNet(tx: Tx, tenantId: string, program: AccruingProgram, creditNoteId: string): Promise<bigint> {
  const rows = await tx.$queryRaw<{ net: bigint | null }[]>(Prisma.sql`
    SELECT SUM((x.line->>'netMinor')::bigint)::bigint AS "net"
      FROM "CreditNote" n
      CROSS JOIN LATERAL jsonb_array_elements(n."lines") AS x(line)
      JOIN "InvoiceLine" l ON l."tenantId" = n."tenantId" AND l."invoiceId" = n."invoiceId" AND l."id" = x.line->>'invoiceLineId'
      JOIN "OrderLine" o ON o."tenantId" = l."tenantId" AND o."id" = l."orderLineId"
      JOIN "Product" p ON p."tenantId" = o."tenantId" AND p."id" = o."productId"
     WHERE n."tenantId" = ${tenantId} AND n."id" = ${creditNoteId}
       ${productScope(program)}`);
  return rows[0]?.net ? BigInt(rows[0].net) : 0n;
}

/**
 * The invoice (`invoice`: its id column) has a line the program applies to with a positive
 * net. The accrual job's pending sources are filtered by it: a source that earns nothing
 * writes no entry, so without this filter a brand's program would find the same invoices of
 * other brands pending on every run, and enough of them would fill each run's batch and keep
 * later invoices from ever accruing.
 */
export const hasEligibleLines = (tenantId: string, program: Pick<AccruingProgram, "brandId" | "familyId">, invoice: Prisma.Sql) =>
  Prisma.sql`EXISTS (
    SELECT 1 FROM "InvoiceLine" l
      JOIN "OrderLine" o ON o."tenantId" = l."tenantId" AND o."id" = l."orderLineId"
      JOIN "Product" p ON p."tenantId" = o."tenantId" AND p."id" = o."productId"
     WHERE l."tenantId" = ${tenantId} AND l."invoiceId" = ${invoice} AND l."netMinor" > 0
       ${productScope(program)})`;
