import "server-only";
import type { Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";

/**
 * The methodology a new tenant starts with, in its language (the same six stages the
 * deals migration gave existing tenants): four open stages with their exit criteria,
 * then Closed won and Closed lost. The tenant edits them on the deals settings page.
 */
type DefaultStage = {
  name: { en: string; es: string };
  probability: number;
  kind: "OPEN" | "WON" | "LOST";
  criteria: { en: string; es: string }[];
};

export const DEFAULT_STAGES: readonly DefaultStage[] = [
  {
    name: { en: "Qualify", es: "Calificar" },
    probability: 10,
    kind: "OPEN",
    criteria: [
      { en: "Budget confirmed", es: "Presupuesto confirmado" },
      { en: "Decision maker identified", es: "Responsable de la decisión identificado" },
    ],
  },
  {
    name: { en: "Develop", es: "Desarrollar" },
    probability: 30,
    kind: "OPEN",
    criteria: [
      { en: "Needs documented", es: "Necesidades documentadas" },
      { en: "Solution demonstrated", es: "Solución demostrada" },
    ],
  },
  { name: { en: "Propose", es: "Proponer" }, probability: 60, kind: "OPEN", criteria: [{ en: "Proposal sent", es: "Propuesta enviada" }] },
  {
    name: { en: "Negotiate", es: "Negociar" },
    probability: 80,
    kind: "OPEN",
    criteria: [
      { en: "Terms agreed", es: "Condiciones acordadas" },
      { en: "Purchase order received", es: "Orden de compra recibida" },
    ],
  },
  { name: { en: "Closed won", es: "Ganada" }, probability: 100, kind: "WON", criteria: [] },
  { name: { en: "Closed lost", es: "Perdida" }, probability: 0, kind: "LOST", criteria: [] },
];

/** Writes the default stages for a tenant that has none (in the caller's transaction). */
export async function createDefaultStages(tx: Tx, tenantId: string, locale: string): Promise<void> {
  const lang = locale === "es" ? "es" : "en";
  const rows: Prisma.DealStageCreateManyInput[] = DEFAULT_STAGES.map((stage, index) => ({
    id: createId("dealStage"),
    tenantId,
    name: stage.name[lang],
    position: index + 1,
    probability: stage.probability,
    kind: stage.kind,
    exitCriteria: stage.criteria.map((c) => ({ id: createId("dealCriterion"), label: c[lang] })),
  }));
  await tx.dealStage.createMany({ data: rows });
}
