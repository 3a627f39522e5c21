import type { StageCriterion, StageItem } from "./types";

/**
 * The methodology's one rule for moving a deal: forward only when the exit criteria of
 * every stage it leaves behind are checked. Moving back is free; closing as LOST needs a
 * reason but no criteria; closing as WON needs the criteria of the current stage and of
 * every open stage after it. Deals in WON or LOST stay there (the service refuses a move
 * out of them). Pure, so the board, the page and the tests read the same answer.
 */
export function missingCriteria(
  stages: readonly StageItem[],
  fromStageId: string,
  toStageId: string,
  met: ReadonlySet<string>,
): StageCriterion[] {
  const open = stages.filter((s) => s.kind === "OPEN");
  const from = open.findIndex((s) => s.id === fromStageId);
  const to = stages.find((s) => s.id === toStageId);
  if (from < 0 || !to || to.kind === "LOST") return [];
  const until = to.kind === "WON" ? open.length : open.findIndex((s) => s.id === toStageId);
  if (until <= from) return [];
  return open.slice(from, until).flatMap((stage) => stage.criteria.filter((c) => !met.has(c.id)));
}

/** The stages a deal in `fromStageId` may be offered (every other one, unless it is closed). */
export function stageTargets(stages: readonly StageItem[], fromStageId: string): StageItem[] {
  const from = stages.find((s) => s.id === fromStageId);
  if (!from || from.kind !== "OPEN") return [];
  return stages.filter((s) => s.id !== fromStageId);
}
