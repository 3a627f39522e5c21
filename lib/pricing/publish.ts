import { withReadScope } from "@/lib/db/read";
import "server-only";
import { todayIn } from "@/lib/activities/dates";
import { authorize, can, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { usersWithPermission } from "@/lib/auth/holders";
import { recordAudit } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { publishEvent } from "@/lib/notify/publish";
import { checkCandidate, draftAsList } from "./checks";
import type { PriceFindingDetail } from "./guard";
import { priceListLifecycle } from "./lifecycle";
import type { PublishPriceListInput } from "./schema";
import type { PriceListStatusValue } from "./schema";

/**
 * Publication: the working copy becomes a new immutable version and the live one, in one
 * transaction — unless the consistency guard finds a problem involving this list, which
 * blocks it (PRICE_CHECK_FAILED) until the list is fixed or a tenant admin
 * (`pricing.override`) publishes with a reason. The override is audited with the findings
 * and told to the other people who manage prices.
 */

/** Vendor: what the guard would say if this working copy were published now (the list page's check). */
export async function checkPriceList(ctx: VendorCtx, listId: string): Promise<PriceFindingDetail[]> {
  authorize(ctx, "pricing.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    if (!(await tx.priceList.count({ where: { tenantId: ctx.tenantId, id: listId } }))) throw new AppError("NOT_FOUND");
    return checkCandidate(tx, ctx.tenantId, todayIn(ctx.tenant.timeZone), await draftAsList(tx, ctx.tenantId, listId));
  });
}

export async function publishPriceList(
  ctx: VendorCtx,
  input: PublishPriceListInput,
): Promise<{ listId: string; number: number; overridden: boolean }> {
  authorize(ctx, "pricing.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockRow(tx, "PriceList", { tenantId: ctx.tenantId, id: input.listId });
    const list = await tx.priceList.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.listId } },
      select: { status: true, version: true, name: true, publishedNumber: true, adjustPercent: true, _count: { select: { entries: true } } },
    });
    // PUBLISHED → PUBLISHED (nothing new: a double click, a second tab) is INVALID_TRANSITION
    const { rule } = priceListLifecycle.assert(ctx, list.status as PriceListStatusValue, "PUBLISHED");
    if (list.version !== input.version) throw new AppError("STALE_EDIT");
    if (list._count.entries === 0 && list.adjustPercent === null) throw new AppError("PRICE_LIST_EMPTY");

    const candidate = await draftAsList(tx, ctx.tenantId, input.listId);
    const findings = await checkCandidate(tx, ctx.tenantId, todayIn(ctx.tenant.timeZone), candidate);
    const overridden = findings.length > 0;
    if (overridden) {
      if (!input.overrideReason) throw new AppError("PRICE_CHECK_FAILED", { params: { count: findings.length } });
      if (!can(ctx, "pricing.override")) throw new AppError("FORBIDDEN");
    }

    const now = new Date();
    const number = list.publishedNumber + 1;
    await tx.priceListVersion.updateMany({ where: { tenantId: ctx.tenantId, listId: input.listId, live: true }, data: { live: false, retiredAt: now } });
    const versionId = createId("priceListVersion");
    const header = await tx.priceList.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.listId } },
      select: { name: true, target: true, partnerType: true, partnerId: true, tierId: true, currency: true, validFrom: true, validUntil: true, adjustPercent: true },
    });
    await tx.priceListVersion.create({
      data: {
        id: versionId,
        tenantId: ctx.tenantId,
        listId: input.listId,
        number,
        ...header,
        live: true,
        publishedAt: now,
        publishedById: ctx.user.id,
        publishedByName: ctx.user.name,
        overrideReason: overridden ? input.overrideReason : null,
        ...(overridden ? { findings: findings as unknown as Prisma.InputJsonValue } : {}),
      },
    });
    const entries = await tx.priceListEntry.findMany({
      where: { tenantId: ctx.tenantId, listId: input.listId },
      select: { productId: true, minQuantity: true, method: true, amountMinor: true, percent: true },
    });
    if (entries.length) {
      await tx.publishedPrice.createMany({
        data: entries.map((entry) => ({ id: createId("publishedPrice"), tenantId: ctx.tenantId, versionId, ...entry })),
      });
    }
    await tx.priceList.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.listId } },
      // the working copy itself is unchanged: its version stays, so editing goes on from it
      data: { status: rule.to, publishedNumber: number },
    });
    await recordAudit(tx, ctx, {
      action: overridden ? "priceList.publishOverride" : "priceList.publish",
      entityType: "PriceList",
      entityId: input.listId,
      before: { status: list.status, number: list.publishedNumber },
      after: {
        status: rule.to,
        number,
        versionId,
        prices: entries.length,
        ...(overridden ? { reason: input.overrideReason, findings: findings.map((f) => f.key) } : {}),
      },
    });
    if (overridden) {
      const recipients = await usersWithPermission(tx, { tenantId: ctx.tenantId, except: ctx.user.id }, "pricing.manage");
      if (recipients.length) {
        await publishEvent(tx, {
          tenantId: ctx.tenantId,
          type: "priceList.overridden",
          payload: {
            recipients: recipients.map((userId) => ({ userId })),
            link: `/${ctx.tenant.slug}/admin/price-lists/${input.listId}`,
            params: { tenant: ctx.tenant.name, list: list.name, count: String(findings.length), actor: ctx.user.name, reason: input.overrideReason ?? "" },
          },
        });
      }
    }
    return { listId: input.listId, number, overridden };
  });
}

/** Vendor: withdraws a list (reason required): it stops applying at once; its versions are kept. */
export async function archivePriceList(ctx: VendorCtx, input: { listId: string; version: number; reason: string }): Promise<{ listId: string }> {
  authorize(ctx, "pricing.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockRow(tx, "PriceList", { tenantId: ctx.tenantId, id: input.listId });
    const list = await tx.priceList.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.listId } },
      select: { status: true, version: true },
    });
    const { rule, reason } = priceListLifecycle.assert(ctx, list.status as PriceListStatusValue, "ARCHIVED", input.reason);
    if (list.version !== input.version) throw new AppError("STALE_EDIT");
    await tx.priceListVersion.updateMany({ where: { tenantId: ctx.tenantId, listId: input.listId, live: true }, data: { live: false, retiredAt: new Date() } });
    await tx.priceList.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.listId } },
      data: { status: rule.to, version: { increment: 1 } },
    });
    await recordAudit(tx, ctx, {
      action: "priceList.archive",
      entityType: "PriceList",
      entityId: input.listId,
      before: { status: list.status },
      after: { status: rule.to, reason },
    });
    return { listId: input.listId };
  });
}
