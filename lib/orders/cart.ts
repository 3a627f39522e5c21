import "server-only";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { toDecimalString } from "@/lib/money";
import { saveDraft } from "./drafts";
import { MAX_LINE_QUANTITY, MAX_ORDER_LINES, draftSchema, type QuickOrderInput, type ShipTo } from "./schema";
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

/** Most products the cart's product picker offers (the SKU list reaches any other). */
export const ORDERABLE_CAP = 500;

/** Active products the partner may add to its cart, by SKU, in its language. */
export async function orderableProducts(ctx: PartnerCtx, locale: string): Promise<{ id: string; sku: string; name: string }[]> {
  authorize(ctx, "ownOrders.read");
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.product.findMany({
      where: { tenantId: ctx.tenantId, status: "ACTIVE" },
      orderBy: { sku: "asc" },
      take: ORDERABLE_CAP,
      select: { id: true, sku: true, nameEn: true, nameEs: true },
    }),
  );
  return rows.map((p) => ({ id: p.id, sku: p.sku, name: locale === "es" ? p.nameEs : p.nameEn }));
}

/**
 * A quick order: the pasted lines are added to the partner's draft (quantities of a product
 * already in it add up) or start a new one. With a problem on any line nothing is saved and
 * the problems come back, one per line, for the partner to correct the list.
 */
export async function quickOrderIntoDraft(
  ctx: PartnerCtx,
  input: QuickOrderInput,
): Promise<{ order: OrderSummary | null; problems: QuickOrderProblem[] }> {
  authorize(ctx, "ownOrders.manage");
  // the cart first: another partner's id is NOT_FOUND whatever the list says
  const draft = input.orderId
    ? await withReadScope(scopeOf(ctx), (tx) =>
        tx.order.findFirst({
          where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, id: input.orderId },
          select: {
            currency: true,
            poNumber: true,
            requestedDate: true,
            shipTo: true,
            priority: true,
            notes: true,
            lines: { orderBy: { position: "asc" }, select: { productId: true, quantity: true, requestedUnitPriceMinor: true } },
          },
        }),
      )
    : null;
  if (input.orderId && !draft) throw new AppError("NOT_FOUND");
  const { lines, problems } = await quickOrderLines(ctx, input.text);
  if (problems.length) return { order: null, problems };
  if (!lines.length) throw new AppError("VALIDATION_FAILED", { fields: { text: ["validation.required"] } });
  if (!draft) return { order: await saveDraft(ctx, draftSchema.parse({ lines })), problems };
  const merged = new Map(
    draft.lines.map((l) => [
      l.productId,
      { productId: l.productId, quantity: l.quantity, requestedUnitPrice: l.requestedUnitPriceMinor === null ? null : toDecimalString(l.requestedUnitPriceMinor, draft.currency) },
    ]),
  );
  for (const line of lines) {
    const kept = merged.get(line.productId);
    merged.set(line.productId, {
      productId: line.productId,
      quantity: Math.min((kept?.quantity ?? 0) + line.quantity, MAX_LINE_QUANTITY),
      requestedUnitPrice: kept?.requestedUnitPrice ?? null,
    });
  }
  const order = await saveDraft(
    ctx,
    draftSchema.parse({
      orderId: input.orderId,
      version: input.version,
      poNumber: draft.poNumber,
      requestedDate: draft.requestedDate?.toISOString().slice(0, 10) ?? null,
      shipTo: draft.shipTo ?? undefined,
      priority: draft.priority,
      notes: draft.notes,
      lines: [...merged.values()],
    }),
  );
  return { order, problems };
}
