import "server-only";
import type { Tx } from "@/lib/db/scope";
import type { ChecklistItem, OnboardingProgress, ProgramActivationValue } from "./types";

/**
 * A partner's onboarding progress, read from the data every time (never stored as ticks,
 * so it cannot claim what was not done): the agreement item is done when the program's
 * LATEST version was accepted for the partner — a new version opens it again — billing
 * when billing details exist, a certification or document when something was submitted.
 * Runs in the caller's scope (vendor, system, or the partner's own).
 */
export async function progressOf(
  tx: Tx,
  key: { tenantId: string; partnerId: string; programId: string },
  enrolment: { activation: ProgramActivationValue; activatedAt: Date | null },
): Promise<OnboardingProgress> {
  const { tenantId, partnerId, programId } = key;
  const [items, latest, billing, submissions] = await Promise.all([
    tx.onboardingItem.findMany({
      where: { tenantId, programId },
      orderBy: { position: "asc" },
      select: { id: true, kind: true, title: true, description: true },
    }),
    tx.agreementVersion.findFirst({
      where: { tenantId, programId },
      orderBy: { number: "desc" },
      select: { id: true, number: true },
    }),
    tx.partnerBilling.findUnique({
      where: { tenantId_partnerId: { tenantId, partnerId } },
      select: { updatedAt: true, legalName: true },
    }),
    tx.onboardingSubmission.findMany({
      where: { tenantId, partnerId, item: { programId } },
      select: { itemId: true, details: true, submittedAt: true, submittedByName: true, file: { select: { id: true, originalName: true } } },
    }),
  ]);
  const accepted = await tx.agreementAcceptance.findFirst({
    where: { tenantId, partnerId, agreement: { programId } },
    orderBy: { agreement: { number: "desc" } },
    select: { agreementId: true, acceptedAt: true, acceptedByName: true, agreement: { select: { number: true } } },
  });
  const byItem = new Map(submissions.map((row) => [row.itemId, row]));

  const checklist: ChecklistItem[] = items.map((item) => {
    const base = { id: item.id, kind: item.kind, title: item.title, description: item.description };
    switch (item.kind) {
      case "AGREEMENT": {
        const done = !!latest && accepted?.agreementId === latest.id;
        return {
          ...base,
          done,
          doneAt: done ? accepted!.acceptedAt : null,
          doneBy: done ? accepted!.acceptedByName : null,
          agreement: { latest: latest?.number ?? null, accepted: accepted?.agreement.number ?? null },
        };
      }
      case "BILLING":
        return { ...base, done: !!billing, doneAt: billing?.updatedAt ?? null, doneBy: null };
      case "CERTIFICATION":
      case "DOCUMENT": {
        const submission = byItem.get(item.id);
        const details = submission?.details as { person?: string; credential?: string; completedOn?: string } | null | undefined;
        return {
          ...base,
          done: !!submission,
          doneAt: submission?.submittedAt ?? null,
          doneBy: submission?.submittedByName ?? null,
          ...(item.kind === "CERTIFICATION"
            ? {
                certification: details
                  ? { person: details.person ?? "", credential: details.credential ?? "", completedOn: details.completedOn ?? "" }
                  : null,
              }
            : { document: submission?.file ? { fileId: submission.file.id, name: submission.file.originalName } : null }),
        };
      }
    }
  });
  const done = checklist.filter((item) => item.done).length;
  return {
    items: checklist,
    done,
    total: checklist.length,
    complete: done === checklist.length,
    activation: enrolment.activation,
    activatedAt: enrolment.activatedAt,
  };
}
