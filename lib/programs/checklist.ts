import { lockKey } from "@/lib/db/concurrency";
import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { rolesWithPermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { publishEvent } from "@/lib/notify/publish";
import { AGREEMENT_LOCALES, type CreateItemInput, type PublishAgreementInput } from "./schema";
import { programRow } from "./service";

/**
 * A program's onboarding checklist and its agreement versions (the vendor's side). The
 * agreement and the billing details are one item each at most; certifications and
 * documents as many as the vendor asks for.
 */

const SINGLE_KINDS = new Set(["AGREEMENT", "BILLING"]);

export async function createOnboardingItem(ctx: VendorCtx, input: CreateItemInput): Promise<{ id: string }> {
  authorize(ctx, "programs.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const program = await programRow(tx, ctx.tenantId, input.programId);
    // One writer at a time per program: positions and the single kinds stay consistent.
    await lockKey(tx, `checklist:${program.id}`);
    if (SINGLE_KINDS.has(input.kind)) {
      const existing = await tx.onboardingItem.count({ where: { tenantId: ctx.tenantId, programId: program.id, kind: input.kind } });
      if (existing > 0) throw new AppError("VALIDATION_FAILED", { fields: { kind: ["programs.validation.kindOnce"] } });
    }
    const last = await tx.onboardingItem.aggregate({
      where: { tenantId: ctx.tenantId, programId: program.id },
      _max: { position: true },
    });
    const item = await tx.onboardingItem.create({
      data: {
        id: createId("onboardingItem"),
        tenantId: ctx.tenantId,
        programId: program.id,
        kind: input.kind,
        title: input.title,
        description: input.description,
        position: (last._max.position ?? 0) + 1,
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      action: "program.itemAdded",
      entityType: "Program",
      entityId: program.id,
      after: { kind: input.kind, title: input.title },
    });
    return item;
  });
}

async function itemRow(tx: Tx, tenantId: string, itemId: string) {
  const item = await tx.onboardingItem.findUnique({
    where: { tenantId_id: { tenantId, id: itemId } },
    select: { id: true, programId: true, kind: true, title: true, position: true },
  });
  if (!item) throw new AppError("NOT_FOUND");
  return item;
}

/** Removes an item; what partners submitted for it goes with it (the audit keeps the title). */
export async function deleteOnboardingItem(ctx: VendorCtx, input: { itemId: string }): Promise<{ programId: string }> {
  authorize(ctx, "programs.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const item = await itemRow(tx, ctx.tenantId, input.itemId);
    await tx.onboardingItem.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: item.id } } });
    await recordAudit(tx, ctx, {
      action: "program.itemRemoved",
      entityType: "Program",
      entityId: item.programId,
      before: { kind: item.kind, title: item.title },
    });
    return { programId: item.programId };
  });
}

/** Swaps an item with its neighbour (positions need not be unique, so no parking). */
export async function moveOnboardingItem(
  ctx: VendorCtx,
  input: { itemId: string; direction: "up" | "down" },
): Promise<{ programId: string }> {
  authorize(ctx, "programs.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const item = await itemRow(tx, ctx.tenantId, input.itemId);
    const neighbour = await tx.onboardingItem.findFirst({
      where: {
        tenantId: ctx.tenantId,
        programId: item.programId,
        position: input.direction === "up" ? { lt: item.position } : { gt: item.position },
      },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return { programId: item.programId };
    await tx.onboardingItem.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: item.id } }, data: { position: neighbour.position } });
    await tx.onboardingItem.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: neighbour.id } }, data: { position: item.position } });
    await recordAudit(tx, ctx, {
      action: "program.itemMoved",
      entityType: "Program",
      entityId: item.programId,
      before: { title: item.title, position: item.position },
      after: { title: item.title, position: neighbour.position },
    });
    return { programId: item.programId };
  });
}

/**
 * Publishes the next version of the program's agreement, in English, Spanish or both.
 * Earlier acceptances stay on record for their version but do not count for the new one:
 * every enrolled partner's agreement item is open again, and their admins are told.
 */
export async function publishAgreement(ctx: VendorCtx, input: PublishAgreementInput): Promise<{ id: string; number: number }> {
  authorize(ctx, "programs.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const program = await programRow(tx, ctx.tenantId, input.programId);
    await lockKey(tx, `agreement:${program.id}`);
    const last = await tx.agreementVersion.aggregate({
      where: { tenantId: ctx.tenantId, programId: program.id },
      _max: { number: true },
    });
    const number = (last._max.number ?? 0) + 1;
    const agreement = await tx.agreementVersion.create({
      data: { id: createId("agreementVersion"), tenantId: ctx.tenantId, programId: program.id, number, publishedByName: ctx.user.name },
      select: { id: true, number: true },
    });
    const texts = AGREEMENT_LOCALES.filter((locale) => input[locale].title && input[locale].body).map((locale) => ({
      id: createId("agreementText"),
      tenantId: ctx.tenantId,
      agreementId: agreement.id,
      locale,
      title: input[locale].title,
      body: input[locale].body,
    }));
    await tx.agreementText.createMany({ data: texts });
    await recordAudit(tx, ctx, {
      action: "program.agreementPublished",
      entityType: "Program",
      entityId: program.id,
      after: { version: number, languages: texts.map((text) => text.locale).join(", ") },
    });
    const admins = await tx.partnerUser.findMany({
      where: {
        tenantId: ctx.tenantId,
        status: "ACTIVE",
        role: { in: rolesWithPermission("onboarding.complete").partner },
        partner: { programEnrolment: { some: { programId: program.id } } },
      },
      select: { userId: true },
    });
    if (admins.length) {
      await publishEvent(tx, {
        tenantId: ctx.tenantId,
        type: "agreement.published",
        payload: {
          recipients: admins.map(({ userId }) => ({ userId })),
          link: `/${ctx.tenant.slug}/portal/onboarding`,
          params: { program: program.name, version: String(number), tenant: ctx.tenant.name },
        },
      });
    }
    return agreement;
  });
}
