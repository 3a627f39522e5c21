import { withReadScope } from "@/lib/db/read";
import "server-only";
import { dateToDay } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { containsText } from "@/lib/db/like";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { pageWindow, type ListPage } from "@/lib/lists/query";
import { DEFAULT_TOLERANCE_PERCENT } from "./checks";
import { entryListQuery, type EntryListQuery } from "./schema";
import type { PriceEntryItem, PriceListVersionItem } from "./types";

/** Vendor: a list's published versions, newest first (every one is kept). */
export async function listPriceListVersions(ctx: VendorCtx, listId: string): Promise<PriceListVersionItem[]> {
  authorize(ctx, "pricing.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    if (!(await tx.priceList.count({ where: { tenantId: ctx.tenantId, id: listId } }))) throw new AppError("NOT_FOUND");
    const rows = await tx.priceListVersion.findMany({
      where: { tenantId: ctx.tenantId, listId },
      orderBy: { number: "desc" },
      select: {
        id: true,
        number: true,
        publishedAt: true,
        publishedByName: true,
        validFrom: true,
        validUntil: true,
        live: true,
        retiredAt: true,
        overrideReason: true,
        findings: true,
        _count: { select: { prices: true } },
      },
    });
    return rows.map(({ _count, findings, validFrom, validUntil, ...row }) => ({
      ...row,
      validFrom: dateToDay(validFrom),
      validUntil: validUntil ? dateToDay(validUntil) : null,
      findings: Array.isArray(findings) ? findings.length : 0,
      prices: _count.prices,
    }));
  });
}

/** Vendor: the prices of one published version, as they were published. */
export async function listVersionPrices(
  ctx: VendorCtx,
  versionId: string,
  input: Partial<EntryListQuery> = {},
): Promise<ListPage<PriceEntryItem> & { version: { id: string; listId: string; number: number; name: string; currency: string } }> {
  authorize(ctx, "pricing.read");
  const query = { ...entryListQuery.parse({}), ...input };
  return withReadScope(scopeOf(ctx), async (tx) => {
    const version = await tx.priceListVersion.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: versionId } },
      select: { id: true, listId: true, number: true, name: true, currency: true },
    });
    if (!version) throw new AppError("NOT_FOUND");
    const filter = query.q ? containsText(query.q) : null;
    const where: Prisma.PublishedPriceWhereInput = {
      tenantId: ctx.tenantId,
      versionId,
      ...(filter ? { product: { OR: [{ sku: filter }, { nameEn: filter }, { nameEs: filter }] } } : {}),
    };
    const [rows, total] = await Promise.all([
      tx.publishedPrice.findMany({
        where,
        orderBy: [{ product: { sku: "asc" } }, { minQuantity: "asc" }],
        ...pageWindow(query),
        select: { id: true, productId: true, minQuantity: true, method: true, amountMinor: true, percent: true, product: { select: { sku: true, nameEn: true, nameEs: true } } },
      }),
      tx.publishedPrice.count({ where }),
    ]);
    return {
      rows: rows.map(({ product, percent, ...row }) => ({ ...row, ...product, percent: percent === null ? null : percent.toString() })),
      total,
      page: query.page,
      pageSize: query.pageSize,
      version,
    };
  });
}

/** Vendor: the guard's tolerance for prices of one product in different lists. */
export async function pricingSettings(ctx: VendorCtx): Promise<{ tolerancePercent: string; version: number }> {
  authorize(ctx, "pricing.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const row = await tx.pricingSettings.findUnique({ where: { tenantId: ctx.tenantId }, select: { tolerancePercent: true, version: true } });
    return row ? { tolerancePercent: row.tolerancePercent.toString(), version: row.version } : { tolerancePercent: DEFAULT_TOLERANCE_PERCENT, version: 0 };
  });
}

export async function updatePricingSettings(ctx: VendorCtx, input: { tolerancePercent: string; version: number }): Promise<{ tolerancePercent: string }> {
  authorize(ctx, "pricing.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.pricingSettings.findUnique({ where: { tenantId: ctx.tenantId }, select: { tolerancePercent: true, version: true } });
    if (!before) {
      if (input.version !== 0) throw new AppError("STALE_EDIT");
      // two first saves racing meet on the unique key: the second is refused as stale
      await tx.pricingSettings
        .create({ data: { id: createId("pricingSettings"), tenantId: ctx.tenantId, tolerancePercent: input.tolerancePercent, version: 1 } })
        .catch(() => {
          throw new AppError("STALE_EDIT");
        });
    } else {
      assertFresh(
        await tx.pricingSettings.updateMany({
          where: { tenantId: ctx.tenantId, version: input.version },
          data: { tolerancePercent: input.tolerancePercent, version: { increment: 1 } },
        }),
      );
    }
    await recordAudit(tx, ctx, {
      action: "pricing.settingsUpdated",
      entityType: "Tenant",
      entityId: ctx.tenantId,
      before: { tolerancePercent: before?.tolerancePercent.toString() ?? DEFAULT_TOLERANCE_PERCENT },
      after: { tolerancePercent: input.tolerancePercent },
    });
    return { tolerancePercent: input.tolerancePercent };
  });
}
