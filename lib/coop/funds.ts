import "server-only";
import { dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockKey } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { typedAmount } from "@/lib/money";
import { appendEntry, assertAvailable, lockFund, moneyText } from "./ledger";
import { publishCoopEvent, unsafeFollowersOf } from "./notify";
import { expiresOnFor, periodOf, type PeriodKind } from "./periods";
import { MAX_COOP_MAJOR, type AdjustInput, type AllocateInput } from "./schema";

/**
 * Funds: one per partner, program and period, made the first time money lands in it (an
 * accrual or an allocation), never holding an amount of its own. MDF is allocated by the
 * vendor to one partner or to every partner holding a tier; a manual adjustment corrects
 * one fund with its reason. Both are idempotent per form submission.
 */

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });

/** A positive amount typed in `currency`, or a field error (negative, fractional cents, typo-sized). */
export function positiveAmount(text: string, currency: string, field: string): bigint {
  const minor = typedAmount(text, currency, MAX_COOP_MAJOR);
  if (minor === null || minor <= 0n) throw fieldError(field, "coop.validation.amount");
  return minor;
}

type ProgramTerms = { id: string; period: PeriodKind; graceDays: number; currency: string };

/** The partner's fund of `program` for the period holding `day`; made when missing (concurrent callers get one). */
export async function ensureFund(tx: Tx, tenantId: string, program: ProgramTerms, partnerId: string, day: string): Promise<{ id: string; tenantId: string; partnerId: string; currency: string; expiresOn: Date }> {
  const period = periodOf(day, program.period);
  const key = { tenantId_programId_partnerId_periodStart: { tenantId, programId: program.id, partnerId, periodStart: dayToDate(period.start) } };
  const select = { id: true, tenantId: true, partnerId: true, currency: true, expiresOn: true } as const;
  const found = await tx.coopFund.findUnique({ where: key, select });
  if (found) return found;
  await tx.coopFund.createMany({
    data: [
      {
        id: createId("coopFund"),
        tenantId,
        partnerId,
        programId: program.id,
        currency: program.currency,
        periodStart: dayToDate(period.start),
        periodEnd: dayToDate(period.end),
        expiresOn: dayToDate(expiresOnFor(period.end, program.graceDays)),
      },
    ],
    skipDuplicates: true,
  });
  return tx.coopFund.findUniqueOrThrow({ where: key, select });
}

/** MDF: a fixed amount for one partner, or for each partner holding a tier, in the period of `day`. */
export async function allocateFunds(ctx: VendorCtx, input: AllocateInput): Promise<{ fundIds: string[]; amountMinor: bigint }> {
  authorize(ctx, "coop.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockKey(tx, `coop-allocate:${ctx.tenantId}:${input.submissionKey}`);
    const program = await tx.coopProgram.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.programId } },
      select: { id: true, kind: true, name: true, period: true, graceDays: true, currency: true, active: true },
    });
    if (!program) throw new AppError("NOT_FOUND");
    if (program.kind !== "MDF" || !program.active) throw fieldError("programId", "coop.validation.notMdf");
    const amountMinor = positiveAmount(input.amount, program.currency, "amount");
    const day = input.day ?? todayIn(ctx.tenant.timeZone);
    let partnerIds: string[];
    if (input.partnerId) {
      const partner = await tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.partnerId } }, select: { id: true } });
      if (!partner) throw new AppError("NOT_FOUND");
      partnerIds = [partner.id];
    } else {
      const tier = await tx.programTier.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.tierId! } }, select: { id: true } });
      if (!tier) throw new AppError("NOT_FOUND");
      partnerIds = (await tx.partnerProgram.findMany({ where: { tenantId: ctx.tenantId, tierId: tier.id }, select: { partnerId: true }, orderBy: { partnerId: "asc" } })).map((p) => p.partnerId);
      if (!partnerIds.length) throw fieldError("tierId", "coop.validation.tierEmpty");
    }
    const sourceKey = `allocate:${input.submissionKey}`;
    const fundIds: string[] = [];
    for (const partnerId of partnerIds) {
      const fund = await ensureFund(tx, ctx.tenantId, program, partnerId, day);
      fundIds.push(fund.id);
      // a replayed submission finds its entries and adds nothing
      if (await tx.coopEntry.findUnique({ where: { tenantId_fundId_sourceKey: { tenantId: ctx.tenantId, fundId: fund.id, sourceKey } }, select: { id: true } })) continue;
      await appendEntry(tx, ctx, fund, { kind: "ALLOCATION", amountMinor, sourceKey, reason: input.reason });
      await recordAudit(tx, ctx, { action: "coopFund.allocated", entityType: "CoopFund", entityId: fund.id, after: { programId: program.id, amountMinor: amountMinor.toString(), reason: input.reason } });
      await publishCoopEvent(tx, {
        tenant: { id: ctx.tenantId, slug: ctx.tenant.slug, name: ctx.tenant.name },
        type: "coop.updated",
        side: "partner",
        userIds: await unsafeFollowersOf(tx, ctx.tenantId, partnerId),
        params: { subject: "fund", title: program.name, status: "ALLOCATED", amount: moneyText(amountMinor, program.currency), reason: input.reason ?? "" },
      });
    }
    return { fundIds, amountMinor };
  });
}

/** A manual correction: adds to or removes from what the fund has available, with its reason. */
export async function adjustFund(ctx: VendorCtx, input: AdjustInput): Promise<{ entryId: string | null }> {
  authorize(ctx, "coop.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const fund = await lockFund(tx, ctx, input.fundId);
    const sourceKey = `adjust:${input.submissionKey}`;
    const replay = await tx.coopEntry.findUnique({ where: { tenantId_fundId_sourceKey: { tenantId: ctx.tenantId, fundId: fund.id, sourceKey } }, select: { id: true } });
    if (replay) return { entryId: replay.id };
    const amountMinor = positiveAmount(input.amount, fund.currency, "amount");
    if (input.direction === "REMOVE") await assertAvailable(tx, fund, amountMinor);
    const signed = input.direction === "REMOVE" ? -amountMinor : amountMinor;
    const entryId = await appendEntry(tx, ctx, fund, { kind: "ADJUSTMENT", amountMinor: signed, sourceKey, reason: input.reason });
    await recordAudit(tx, ctx, { action: "coopFund.adjusted", entityType: "CoopFund", entityId: fund.id, after: { amountMinor: signed.toString(), reason: input.reason } });
    return { entryId };
  });
}

