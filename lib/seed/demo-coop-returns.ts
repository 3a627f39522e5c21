import "server-only";
import { authorize, scopeOf, systemCtx, type VendorCtx } from "@/lib/auth/context";
import { accrueTenant } from "@/lib/coop/accrual";
import { withScope } from "@/lib/db/scope";
import { issueCreditNote } from "@/lib/invoicing/credit-notes";
import { creditNoteSchema } from "@/lib/invoicing/schema";

/**
 * A return that took co-op back (lib/coop/reversal.ts): one unit of a line of the partner's
 * latest invoice that accrued co-op (and has no credit note yet) is credited, and the accrual
 * job — run as the worker runs it — writes the reversal the partner's fund then shows
 * ("Reversed: credit note CN-…" / "Revertido: nota de crédito CN-…"). Nothing when the
 * partner has no such invoice.
 */
export async function seedCoopReturn(ctx: VendorCtx, partnerId: string, reason: string): Promise<void> {
  authorize(ctx, "invoices.manage");
  const accrual = await withScope(scopeOf(ctx), (tx) =>
    tx.coopEntry.findFirst({
      where: { tenantId: ctx.tenantId, partnerId, kind: "ACCRUAL", invoice: { creditNotes: { none: {} }, lines: { some: { quantity: { gte: 2 } } } } },
      orderBy: { seq: "desc" },
      select: { invoiceId: true, invoice: { select: { lines: { where: { quantity: { gte: 2 } }, orderBy: { position: "asc" }, take: 1, select: { id: true } } } } },
    }),
  );
  const line = accrual?.invoice?.lines[0];
  if (!accrual?.invoiceId || !line) return;
  await issueCreditNote(ctx, creditNoteSchema.parse({ invoiceId: accrual.invoiceId, reason, lines: [{ invoiceLineId: line.id, quantity: 1 }], onAccount: true }));
  await accrueTenant(systemCtx(ctx.tenantId));
}
