import "server-only";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { saveDraft } from "./drafts";
import { MAX_LINE_QUANTITY, MAX_ORDER_LINES, draftSchema, type ShipTo } from "./schema";
import type { OrderSummary } from "./types";

/**
 * Faster ways to fill a cart: a quick order from a pasted SKU list (or CSV), and reordering
 * a past order as a new draft. Both end in `saveDraft`, so the lines are priced by the
 * engine like any other; neither reads a price from its input.
 */

export type QuickOrderProblem = { line: number; sku: string; problem: "unknownSku" | "discontinued" | "quantity" };
export type QuickOrderResult = { lines: { productId: string; sku: string; quantity: number }[]; problems: QuickOrderProblem[] };

/** "SKU quantity" per line; comma, semicolon, tab or spaces between; a header line and blank lines are skipped. */
function parseLines(text: string): { line: number; sku: string; quantity: string }[] {
  const out: { line: number; sku: string; quantity: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const cells = raw.trim().split(/\s*[,;\t]\s*|\s+/).filter(Boolean);
    if (!cells.length) return;
    const [sku, quantity = "1"] = cells;
    if (index === 0 && /^(sku|ref|referencia)$/i.test(sku!)) return;
    out.push({ line: index + 1, sku: sku!.toUpperCase(), quantity });
  });
  return out;
}

/**
 * Reads a pasted SKU list into cart lines, with a problem per line it cannot use (an
 * unknown or discontinued SKU, a quantity that is not a whole number from 1). The same SKU
 * twice adds up.
 */
export async function quickOrderLines(ctx: PartnerCtx, text: string): Promise<QuickOrderResult> {
  authorize(ctx, "ownOrders.manage");
  const parsed = parseLines(text.slice(0, 200_000));
  if (parsed.length > MAX_ORDER_LINES * 5) throw new AppError("VALIDATION_FAILED", { fields: { text: ["orders.validation.tooManyLines"] } });
  const skus = [...new Set(parsed.map((p) => p.sku))];
  const products = await withReadScope(scopeOf(ctx), (tx) =>
    tx.product.findMany({ where: { tenantId: ctx.tenantId, sku: { in: skus }, status: { not: "DRAFT" } }, select: { id: true, sku: true, status: true } }),
  );
  const bySku = new Map(products.map((p) => [p.sku, p]));
  const problems: QuickOrderProblem[] = [];
  const lines = new Map<string, { productId: string; sku: string; quantity: number }>();
  for (const row of parsed) {
    const product = bySku.get(row.sku);
    const quantity = /^\d+$/.test(row.quantity) ? Number(row.quantity) : NaN;
    if (!product) problems.push({ line: row.line, sku: row.sku, problem: "unknownSku" });
    else if (product.status === "DISCONTINUED") problems.push({ line: row.line, sku: row.sku, problem: "discontinued" });
    else if (!Number.isSafeInteger(quantity) || quantity < 1) problems.push({ line: row.line, sku: row.sku, problem: "quantity" });
    else {
      const line = lines.get(product.id) ?? { productId: product.id, sku: product.sku, quantity: 0 };
      line.quantity = Math.min(line.quantity + quantity, MAX_LINE_QUANTITY);
      lines.set(product.id, line);
    }
  }
  return { lines: [...lines.values()], problems };
}

/** A past order of the partner's as a new draft: same products, quantities and ship-to, today's prices. */
export async function reorderAsDraft(ctx: PartnerCtx, orderId: string): Promise<OrderSummary & { skipped: string[] }> {
  authorize(ctx, "ownOrders.manage");
  const past = await withReadScope(scopeOf(ctx), (tx) =>
    tx.order.findFirst({
      where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, id: orderId },
      select: { currency: true, shipTo: true, lines: { orderBy: { position: "asc" }, select: { productId: true, sku: true, quantity: true, product: { select: { status: true } } } } },
    }),
  );
  if (!past) throw new AppError("NOT_FOUND");
  const kept = past.lines.filter((l) => l.product.status === "ACTIVE");
  const draft = await saveDraft(
    ctx,
    draftSchema.parse({
      currency: past.currency,
      shipTo: (past.shipTo as ShipTo | null) ?? undefined,
      lines: kept.map((l) => ({ productId: l.productId, quantity: l.quantity })),
    }),
  );
  return { ...draft, skipped: past.lines.filter((l) => l.product.status !== "ACTIVE").map((l) => l.sku) };
}
