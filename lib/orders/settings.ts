import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { typedOrderAmount, type ApprovalRuleInput, type CreditLimitInput } from "./schema";

/** The vendor's order settings: approval rules (who approves what) and partners' credit limits. */

export async function createApprovalRule(ctx: VendorCtx, input: ApprovalRuleInput): Promise<{ id: string }> {
  authorize(ctx, "orders.configure");
  const amountMinor = input.condition === "ORDER_TOTAL_AT_LEAST" ? typedOrderAmount(input.amount!, input.currency!) : null;
  return withScope(scopeOf(ctx), async (tx) => {
    if (input.productId && !(await tx.product.count({ where: { tenantId: ctx.tenantId, id: input.productId } }))) throw new AppError("NOT_FOUND");
    const id = createId("approvalRule");
    await tx.approvalRule.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        name: input.name,
        condition: input.condition,
        amountMinor,
        currency: input.condition === "ORDER_TOTAL_AT_LEAST" ? input.currency : null,
        quantity: input.condition === "QUANTITY_OVER" ? input.quantity : null,
        productId: input.condition === "QUANTITY_OVER" ? input.productId : null,
        approverPermission: input.approverPermission,
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      action: "approvalRule.created",
      entityType: "ApprovalRule",
      entityId: id,
      after: { name: input.name, condition: input.condition, amountMinor: amountMinor?.toString() ?? null, quantity: input.quantity, approver: input.approverPermission },
    });
    return { id };
  });
}

/** Sets (or replaces) a partner's credit limit; audited on the partner with the old and new figures. */
export async function setCreditLimit(ctx: VendorCtx, input: CreditLimitInput): Promise<{ limitMinor: bigint }> {
  authorize(ctx, "orders.credit");
  const limitMinor = typedOrderAmount(input.limit, input.currency);
  if (limitMinor === null) throw new AppError("VALIDATION_FAILED", { fields: { limit: ["orders.validation.amount"] } });
  return withScope(scopeOf(ctx), async (tx) => {
    if (!(await tx.partner.count({ where: { tenantId: ctx.tenantId, id: input.partnerId } }))) throw new AppError("NOT_FOUND");
    const before = await tx.creditLimit.findUnique({
      where: { tenantId_partnerId: { tenantId: ctx.tenantId, partnerId: input.partnerId } },
      select: { limitMinor: true, currency: true },
    });
    await tx.creditLimit.upsert({
      where: { tenantId_partnerId: { tenantId: ctx.tenantId, partnerId: input.partnerId } },
      create: { id: createId("creditLimit"), tenantId: ctx.tenantId, partnerId: input.partnerId, currency: input.currency, limitMinor, updatedByUserId: ctx.user.id },
      update: { currency: input.currency, limitMinor, updatedByUserId: ctx.user.id, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      action: "partner.creditLimitSet",
      entityType: "Partner",
      entityId: input.partnerId,
      before: before ? { limitMinor: before.limitMinor.toString(), currency: before.currency } : null,
      after: { limitMinor: limitMinor.toString(), currency: input.currency },
    });
    return { limitMinor };
  });
}
