import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { isForeignKeyViolation, isUniqueViolation } from "@/lib/db/errors";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { ProgramInput, UpdateProgramInput } from "./schema";

/**
 * Co-op and MDF programs: the vendor's terms (accrual rate and basis, what it applies to,
 * period, eligible activities, reimbursement share, pre-approval, claim deadline, grace).
 * Edits are optimistic (`version`); a program's changes apply to what happens next — the
 * ledger keeps what was accrued under the old terms (each accrual records its rate).
 */

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });

function dataOf(input: ProgramInput) {
  const coop = input.kind === "COOP";
  return {
    kind: input.kind,
    name: input.name,
    description: input.description,
    campaign: coop ? null : input.campaign,
    currency: input.currency,
    period: input.period,
    accrualBasis: coop ? input.accrualBasis : null,
    accrualRate: coop ? input.accrualRate : null,
    brandId: input.brandId,
    familyId: input.familyId,
    tierId: input.tierId,
    activityTypes: [...new Set(input.activityTypes)],
    maxShareBp: input.maxSharePercent * 100,
    requiresPreApproval: input.requiresPreApproval,
    claimDays: input.claimDays,
    graceDays: input.graceDays,
    expenseAccount: input.expenseAccount,
  };
}

function mapWriteError(error: unknown): never {
  if (isUniqueViolation(error)) throw fieldError("name", "coop.validation.nameTaken");
  // a brand, family or tier id of another tenant (or none): the compound keys refuse it
  if (isForeignKeyViolation(error)) throw fieldError("brandId", "coop.validation.unknownTarget");
  throw error;
}

export async function createProgram(ctx: VendorCtx, input: ProgramInput): Promise<{ id: string; version: number }> {
  authorize(ctx, "coop.manage");
  const id = createId("coopProgram");
  const data = dataOf(input);
  try {
    await withScope(scopeOf(ctx), async (tx) => {
      await tx.coopProgram.create({ data: { id, tenantId: ctx.tenantId, ...data }, select: { id: true } });
      await recordAudit(tx, ctx, { action: "coopProgram.created", entityType: "CoopProgram", entityId: id, after: { ...data, accrualRate: data.accrualRate ?? null } });
    });
  } catch (error) {
    mapWriteError(error);
  }
  return { id, version: 0 };
}

export async function updateProgram(ctx: VendorCtx, input: UpdateProgramInput): Promise<{ id: string; version: number }> {
  authorize(ctx, "coop.manage");
  const data = { ...dataOf(input), active: input.active };
  try {
    return await withScope(scopeOf(ctx), async (tx) => {
      const before = await tx.coopProgram.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.programId } }, select: { kind: true, name: true, accrualRate: true, active: true, version: true } });
      if (!before) throw new AppError("NOT_FOUND");
      // the kind decides how a fund fills: funds exist under it, so it cannot change
      if (before.kind !== input.kind) throw fieldError("kind", "coop.validation.kindFixed");
      assertFresh(await tx.coopProgram.updateMany({ where: { tenantId: ctx.tenantId, id: input.programId, version: input.version }, data: { ...data, version: { increment: 1 } } }));
      await recordAudit(tx, ctx, {
        action: "coopProgram.updated",
        entityType: "CoopProgram",
        entityId: input.programId,
        before: { name: before.name, accrualRate: before.accrualRate?.toString() ?? null, active: before.active },
        after: { ...data, accrualRate: data.accrualRate ?? null },
      });
      return { id: input.programId, version: input.version + 1 };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    mapWriteError(error);
  }
}
