import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { isUniqueViolation } from "@/lib/db/errors";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { parseAmount } from "@/lib/money";
import { findContradictions } from "./contradictions";
import { contradictionMessage } from "./explain";
import { loadModel } from "./load";
import type { ConfigModel } from "./model";
import { CONFIGURATOR_LIMITS, type BundleItemInput, type OptionGroupInput, type OptionInput, type RemovePartInput, type RuleInput } from "./schema";

/**
 * Editing a product's configurator (vendor, `catalog.manage`): groups, options, rules and
 * bundle items. Every edit sends the configurator version it was made on (a second tab's
 * stale edit is STALE_EDIT), writes, then checks the whole resulting rule set — a change
 * that would leave any option impossible to choose, or the product impossible to configure,
 * is refused with the report (CONFIG_CONTRADICTION, `details`) and nothing is written.
 * Reading and pricing are in ./quote.ts, saved configurations in ./saved.ts.
 */

export type ConfiguratorChange = { productId: string; version: number };

type Configurator = { currency: string; version: number };
type Change = { action: string; before?: Prisma.InputJsonObject; after?: Prisma.InputJsonObject };

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });

async function editConfigurator(
  ctx: VendorCtx,
  input: { productId: string; version: number },
  locale: string,
  change: (tx: Tx, configurator: Configurator) => Promise<Change>,
): Promise<ConfiguratorChange> {
  return withScope(scopeOf(ctx), async (tx) => {
    const { tenantId } = ctx;
    const product = await tx.product.findUnique({ where: { tenantId_id: { tenantId, id: input.productId } }, select: { configurable: true } });
    if (!product) throw new AppError("NOT_FOUND");
    if (!product.configurable) throw new AppError("NOT_CONFIGURABLE");
    await tx.productConfigurator.createMany({
      data: [{ id: createId("productConfigurator"), tenantId, productId: input.productId, currency: ctx.tenant.currency }],
      skipDuplicates: true,
    });
    // the version check takes the row lock: a concurrent edit waits, then finds the version moved
    assertFresh(await tx.productConfigurator.updateMany({ where: { tenantId, productId: input.productId, version: input.version }, data: { version: { increment: 1 } } }));
    const configurator = await tx.productConfigurator.findUniqueOrThrow({ where: { tenantId_productId: { tenantId, productId: input.productId } }, select: { currency: true, version: true } });
    const done = await change(tx, configurator);
    const model = await loadModel(tx, tenantId, input.productId, configurator.currency);
    checkLimits(model);
    const contradictions = findContradictions(model);
    if (contradictions.length) {
      throw new AppError("CONFIG_CONTRADICTION", { params: { count: contradictions.length }, details: contradictions.map((c) => contradictionMessage(c, locale)) });
    }
    await recordAudit(tx, ctx, { action: `product.${done.action}`, entityType: "Product", entityId: input.productId, before: done.before, after: { ...done.after, configuratorVersion: configurator.version } });
    return { productId: input.productId, version: configurator.version };
  });
}

function checkLimits(model: ConfigModel): void {
  const options = model.groups.reduce((sum, g) => sum + g.options.length, 0);
  if (model.groups.length > CONFIGURATOR_LIMITS.groups || options > CONFIGURATOR_LIMITS.options || model.rules.length > CONFIGURATOR_LIMITS.rules || model.bundle.length > CONFIGURATOR_LIMITS.bundle) {
    throw new AppError("VALIDATION_FAILED", { fields: { _form: ["configurator.validation.limits"] } });
  }
}

const nextPosition = (rows: { position: number }[]) => rows.reduce((max, row) => Math.max(max, row.position + 1), 0);

/** Adds a group, or changes one (`groupId`). */
export async function saveOptionGroup(ctx: VendorCtx, input: OptionGroupInput, locale = "en"): Promise<ConfiguratorChange> {
  authorize(ctx, "catalog.manage");
  return editConfigurator(ctx, input, locale, async (tx) => {
    const data = { nameEn: input.nameEn, nameEs: input.nameEs, kind: input.kind, required: input.required, minPicks: input.minPicks, maxPicks: input.maxPicks };
    if (input.groupId) {
      const before = await tx.optionGroup.findFirst({ where: { tenantId: ctx.tenantId, id: input.groupId, productId: input.productId }, select: { nameEn: true, kind: true, required: true, minPicks: true, maxPicks: true } });
      if (!before) throw new AppError("NOT_FOUND");
      await tx.optionGroup.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.groupId } }, data });
      return { action: "optionGroupChanged", before: { groupId: input.groupId, ...before }, after: { groupId: input.groupId, ...data } };
    }
    const id = createId("optionGroup");
    const position = nextPosition(await tx.optionGroup.findMany({ where: { tenantId: ctx.tenantId, productId: input.productId }, select: { position: true } }));
    await tx.optionGroup.create({ data: { id, tenantId: ctx.tenantId, productId: input.productId, position, ...data } });
    return { action: "optionGroupAdded", after: { groupId: id, ...data } };
  });
}

/** The catalog product an option or bundle line names by SKU (a field error when there is none). */
async function productBySku(tx: Tx, tenantId: string, sku: string, field: string): Promise<string> {
  const product = await tx.product.findUnique({ where: { tenantId_sku: { tenantId, sku } }, select: { id: true } });
  if (!product) throw fieldError(field, "configurator.validation.sku");
  return product.id;
}

/** Adds an option to a group, or changes one (`optionId`). The adder is read in the configurator's currency. */
export async function saveOption(ctx: VendorCtx, input: OptionInput, locale = "en"): Promise<ConfiguratorChange> {
  authorize(ctx, "catalog.manage");
  return editConfigurator(ctx, input, locale, async (tx, configurator) => {
    const { tenantId } = ctx;
    const group = await tx.optionGroup.findFirst({ where: { tenantId, id: input.groupId, productId: input.productId }, select: { id: true } });
    if (!group) throw fieldError("groupId", "configurator.validation.group");
    let adderMinor: bigint;
    try {
      adderMinor = input.adder ? parseAmount(input.adder, configurator.currency) : BigInt(0);
    } catch {
      throw fieldError("adder", "configurator.validation.adder");
    }
    const skuProductId = input.sku ? await productBySku(tx, tenantId, input.sku, "sku") : null;
    const data = { groupId: group.id, nameEn: input.nameEn, nameEs: input.nameEs, adderMinor, skuProductId };
    const audit = { groupId: group.id, nameEn: input.nameEn, adder: adderMinor.toString(), sku: input.sku };
    if (input.optionId) {
      const before = await tx.configOption.findFirst({ where: { tenantId, id: input.optionId, productId: input.productId }, select: { groupId: true, nameEn: true, adderMinor: true } });
      if (!before) throw new AppError("NOT_FOUND");
      await tx.configOption.update({ where: { tenantId_id: { tenantId, id: input.optionId } }, data });
      return { action: "optionChanged", before: { optionId: input.optionId, groupId: before.groupId, nameEn: before.nameEn, adder: before.adderMinor.toString() }, after: { optionId: input.optionId, ...audit } };
    }
    const id = createId("configOption");
    const position = nextPosition(await tx.configOption.findMany({ where: { tenantId, groupId: group.id }, select: { position: true } }));
    await tx.configOption.create({ data: { id, tenantId, productId: input.productId, position, ...data } });
    return { action: "optionAdded", after: { optionId: id, ...audit } };
  });
}

/** Adds a rule between two options of the product. */
export async function addRule(ctx: VendorCtx, input: RuleInput, locale = "en"): Promise<ConfiguratorChange> {
  authorize(ctx, "catalog.manage");
  return editConfigurator(ctx, input, locale, async (tx) => {
    const { tenantId } = ctx;
    const found = await tx.configOption.findMany({ where: { tenantId, productId: input.productId, id: { in: [input.optionId, input.targetOptionId] } }, select: { id: true } });
    const ids = new Set(found.map((o) => o.id));
    const fields: Record<string, string[]> = {};
    if (!ids.has(input.optionId)) fields.optionId = ["configurator.validation.option"];
    if (!ids.has(input.targetOptionId)) fields.targetOptionId = ["configurator.validation.option"];
    if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", { fields });
    const same = { tenantId, productId: input.productId, kind: input.kind, optionId: input.optionId, targetOptionId: input.targetOptionId };
    if (await tx.configRule.count({ where: same })) throw fieldError("targetOptionId", "configurator.validation.duplicateRule");
    const id = createId("configRule");
    await tx.configRule.create({ data: { id, ...same, quantity: input.quantity } });
    return { action: "ruleAdded", after: { ruleId: id, kind: input.kind, optionId: input.optionId, targetOptionId: input.targetOptionId, quantity: input.quantity } };
  });
}

/** Adds a catalog product (by SKU) to the bundle the product is. */
export async function addBundleItem(ctx: VendorCtx, input: BundleItemInput, locale = "en"): Promise<ConfiguratorChange> {
  authorize(ctx, "catalog.manage");
  return editConfigurator(ctx, input, locale, async (tx) => {
    const componentId = await productBySku(tx, ctx.tenantId, input.sku, "sku");
    if (componentId === input.productId) throw fieldError("sku", "configurator.validation.bundleItself");
    const id = createId("bundleItem");
    const position = nextPosition(await tx.bundleItem.findMany({ where: { tenantId: ctx.tenantId, productId: input.productId }, select: { position: true } }));
    if (await tx.bundleItem.count({ where: { tenantId: ctx.tenantId, productId: input.productId, componentId } })) throw fieldError("sku", "configurator.validation.bundleTwice");
    try {
      // the unique key (tenantId, productId, componentId) settles two tabs adding the same product at once
      await tx.bundleItem.create({ data: { id, tenantId: ctx.tenantId, productId: input.productId, componentId, quantity: input.quantity, position } });
    } catch (error) {
      if (isUniqueViolation(error)) throw fieldError("sku", "configurator.validation.bundleTwice");
      throw error;
    }
    return { action: "bundleItemAdded", after: { bundleItemId: id, sku: input.sku, quantity: input.quantity } };
  });
}

/** Removes a group (with its options and their rules), an option (with its rules), a rule or a bundle item. */
export async function removeConfiguratorPart(ctx: VendorCtx, input: RemovePartInput, locale = "en"): Promise<ConfiguratorChange> {
  authorize(ctx, "catalog.manage");
  return editConfigurator(ctx, input, locale, async (tx) => {
    const where = { tenantId: ctx.tenantId, productId: input.productId, id: input.id };
    const removed =
      input.part === "group"
        ? await tx.optionGroup.deleteMany({ where })
        : input.part === "option"
          ? await tx.configOption.deleteMany({ where })
          : input.part === "rule"
            ? await tx.configRule.deleteMany({ where })
            : await tx.bundleItem.deleteMany({ where });
    if (!removed.count) throw new AppError("NOT_FOUND");
    return { action: "configuratorPartRemoved", before: { part: input.part, id: input.id } };
  });
}
