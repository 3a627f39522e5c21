import "server-only";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { containsText } from "@/lib/db/like";
import { withReadScope } from "@/lib/db/read";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { violationMessage } from "./explain";
import { loadModel } from "./load";
import type { Selection } from "./model";
import { quoteInTx } from "./quote";
import { savedConfigurationListQuery, type SaveConfigurationInput, type SavedConfigurationListQuery } from "./schema";
import { decodeJson, encodeJson } from "./snapshot";
import type { PricedConfiguration, SavedConfigurationDetail, SavedConfigurationItem } from "./types";

/**
 * A partner's saved configurations: the choices, and the price the server computed when
 * saving (never one sent by the browser) with its explanation, kept for quotes and orders.
 * Row-level security keeps each partner to its own (the standard partner policy).
 */

const ITEM = {
  id: true,
  name: true,
  quantity: true,
  currency: true,
  unitPriceMinor: true,
  totalMinor: true,
  createdAt: true,
  createdByName: true,
  product: { select: { id: true, sku: true, nameEn: true, nameEs: true } },
} as const satisfies Prisma.SavedConfigurationSelect;

/** Saves a configuration after checking and pricing it again here; an invalid or unpriced one is refused with its reasons. */
export async function saveConfiguration(ctx: PartnerCtx, input: SaveConfigurationInput, locale = "en"): Promise<{ configurationId: string }> {
  authorize(ctx, "ownConfigurations.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const quote = await quoteInTx(tx, ctx, ctx.partnerId, input);
    const { price } = quote;
    if (!price.ok && price.reason === "invalid") {
      throw new AppError("CONFIGURATION_INVALID", { params: { count: price.violations.length }, details: price.violations.map((v) => violationMessage(v, locale)) });
    }
    if (!price.ok) throw new AppError("CONFIGURATION_UNPRICED");
    const id = createId("savedConfiguration");
    await tx.savedConfiguration.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        partnerId: ctx.partnerId,
        productId: quote.product.id,
        name: input.name,
        quantity: input.quantity,
        selections: input.selection,
        currency: price.currency,
        unitPriceMinor: price.unitPriceMinor,
        totalMinor: price.totalMinor,
        pricing: encodeJson(price),
        configVersion: quote.version,
        createdById: ctx.user.id,
        createdByName: ctx.user.name,
      },
    });
    await recordAudit(tx, ctx, {
      action: "configuration.saved",
      entityType: "SavedConfiguration",
      entityId: id,
      after: { name: input.name, productId: quote.product.id, quantity: input.quantity, currency: price.currency, total: price.totalMinor.toString() },
    });
    return { configurationId: id };
  });
}

const orderOf = (query: SavedConfigurationListQuery): Prisma.SavedConfigurationOrderByWithRelationInput[] => [
  query.sort.id === "name" ? { name: direction(query.sort) } : query.sort.id === "total" ? { totalMinor: direction(query.sort) } : { createdAt: direction(query.sort) },
  { id: "asc" },
];

/** Portal: the partner's saved configurations, searchable by name or product. */
export async function listSavedConfigurations(ctx: PartnerCtx, input: Partial<SavedConfigurationListQuery> = {}): Promise<ListPage<SavedConfigurationItem>> {
  authorize(ctx, "ownConfigurations.read");
  const query = { ...savedConfigurationListQuery.parse({}), ...input };
  const filter = query.q ? containsText(query.q) : null;
  const where: Prisma.SavedConfigurationWhereInput = {
    tenantId: ctx.tenantId,
    partnerId: ctx.partnerId,
    ...(filter ? { OR: [{ name: filter }, { product: { sku: filter } }, { product: { nameEn: filter } }, { product: { nameEs: filter } }] } : {}),
  };
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, total] = await Promise.all([
      tx.savedConfiguration.findMany({ where, orderBy: orderOf(query), ...pageWindow(query), select: ITEM }),
      tx.savedConfiguration.count({ where }),
    ]);
    return { rows, total, page: query.page, pageSize: query.pageSize };
  });
}

/** Portal: one of the partner's saved configurations, with the price and explanation kept when it was saved. */
export async function getSavedConfiguration(ctx: PartnerCtx, configurationId: string): Promise<SavedConfigurationDetail> {
  authorize(ctx, "ownConfigurations.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const row = await tx.savedConfiguration.findFirst({
      where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, id: configurationId },
      select: { ...ITEM, selections: true, pricing: true, configVersion: true },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const { selections, pricing, configVersion, ...item } = row;
    const model = await loadModel(tx, ctx.tenantId, item.product.id, item.currency);
    return { ...item, selection: selections as Selection, price: decodeJson<PricedConfiguration>(pricing), outdated: model.version !== configVersion };
  });
}

/** Portal: deletes one of the partner's saved configurations. */
export async function deleteSavedConfiguration(ctx: PartnerCtx, configurationId: string): Promise<{ configurationId: string }> {
  authorize(ctx, "ownConfigurations.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const row = await tx.savedConfiguration.findFirst({ where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, id: configurationId }, select: { name: true, productId: true } });
    if (!row) throw new AppError("NOT_FOUND");
    await tx.savedConfiguration.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: configurationId } } });
    await recordAudit(tx, ctx, { action: "configuration.deleted", entityType: "SavedConfiguration", entityId: configurationId, before: row });
    return { configurationId };
  });
}
