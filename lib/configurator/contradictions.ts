import { MAX_OPTION_QUANTITY, indexOf, type ConfigModel, type GroupDef, type Named, type OptionDef, type Selection } from "./model";
import { validateSelection } from "./validate";

/**
 * Rules that contradict each other, found when a vendor saves them: anything that makes an
 * option impossible to choose, or the product impossible to configure at all, is refused
 * with a report (lib/configurator/explain.ts words each finding).
 *
 * 1. **Groups**: min above max; a required group that allows nothing (max 0); a choose-many
 *    group asking for more options than it has.
 * 2. **Dead options** (explained) — choosing A brings in its closure: A and everything it requires,
 *    directly or through a chain (REQUIRES, and MIN_QUANTITY of at least 1). A can never be
 *    chosen when its closure holds two options that exclude each other ("A requires B, B
 *    excludes A"), two options of one choose-one group, more options than a group allows, an
 *    option whose quantity bounds cannot all hold (at least 3 and at most 2; at least 2 of
 *    a choose-one option), or an option that is itself dead.
 *    Beyond what closures show (a bound that empties a required group, choices forced by
 *    other groups), a bounded search per option asks "is there any valid configuration
 *    with it?" and reports the option when there is none.
 * 3. **Required groups** whose every option is dead.
 * 4. **Anything else** (e.g. two groups' minimums that cannot both be met once the rules are
 *    applied): a bounded search for one valid configuration; when it proves there is none
 *    and nothing above explains why, "no configuration can be valid". The search visits at
 *    most SEARCH_LIMIT choices; a model too large to settle is not refused for it.
 */

export type DeadReason =
  | { kind: "requiresExcluded"; first: Named; second: Named }
  | { kind: "requiresSameGroup"; first: Named; second: Named; group: Named }
  | { kind: "tooManyInGroup"; group: Named; max: number; count: number }
  | { kind: "quantityImpossible"; target: Named; min: number; max: number }
  | { kind: "requiresDead"; target: Named }
  /** found by the search: no configuration that includes it satisfies every group and rule */
  | { kind: "noValidWith" };

export type Contradiction =
  | { kind: "groupMinOverMax"; group: Named; min: number; max: number }
  | { kind: "groupNoRoom"; group: Named }
  | { kind: "groupMinOverOptions"; group: Named; min: number; options: number }
  | { kind: "deadOption"; option: Named; group: Named; reason: DeadReason }
  | { kind: "requiredGroupImpossible"; group: Named }
  | { kind: "noValidConfiguration" };

export const SEARCH_LIMIT = 200_000;
/** Steps for each option's own search ("is there a valid configuration with it?"). */
export const OPTION_SEARCH_LIMIT = 20_000;

const named = (n: Named): Named => ({ nameEn: n.nameEn, nameEs: n.nameEs });

/** A: and everything choosing A brings in (REQUIRES, MIN_QUANTITY ≥ 1), transitively. */
function closures(model: ConfigModel): Map<string, Set<string>> {
  const needs = new Map<string, string[]>();
  for (const rule of model.rules) {
    if (rule.kind === "REQUIRES" || (rule.kind === "MIN_QUANTITY" && (rule.quantity ?? 0) >= 1)) {
      needs.set(rule.optionId, [...(needs.get(rule.optionId) ?? []), rule.targetOptionId]);
    }
  }
  const out = new Map<string, Set<string>>();
  for (const option of indexOf(model).options.keys()) {
    const seen = new Set<string>([option]);
    const queue = [option];
    while (queue.length) {
      for (const next of needs.get(queue.pop()!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    out.set(option, seen);
  }
  return out;
}

/** The quantity bounds of `target` when every option of `chosen` is chosen. */
export function boundsOf(model: ConfigModel, target: OptionDef, chosen: ReadonlySet<string>): { min: number; max: number } {
  const group = indexOf(model).groups.get(target.groupId)!;
  let min = 1;
  let max = group.kind === "QUANTITY" ? Math.min(group.maxPicks ?? MAX_OPTION_QUANTITY, MAX_OPTION_QUANTITY) : 1;
  for (const rule of model.rules) {
    if (rule.targetOptionId !== target.id || !chosen.has(rule.optionId)) continue;
    if (rule.kind === "MIN_QUANTITY") min = Math.max(min, rule.quantity!);
    if (rule.kind === "MAX_QUANTITY") max = Math.min(max, rule.quantity!);
  }
  return { min, max };
}

function deadReason(model: ConfigModel, closure: Set<string>, dead: ReadonlyMap<string, DeadReason>, self: string): DeadReason | null {
  const { options, groups } = indexOf(model);
  for (const rule of model.rules) {
    if (rule.kind === "EXCLUDES" && closure.has(rule.optionId) && closure.has(rule.targetOptionId)) {
      return { kind: "requiresExcluded", first: named(options.get(rule.optionId)!), second: named(options.get(rule.targetOptionId)!) };
    }
  }
  for (const group of groups.values()) {
    const inside = group.options.filter((o) => closure.has(o.id));
    if (group.kind === "ONE" && inside.length > 1) return { kind: "requiresSameGroup", first: named(inside[0]!), second: named(inside[1]!), group: named(group) };
    if (group.kind !== "ONE" && group.maxPicks !== null && inside.length > group.maxPicks) return { kind: "tooManyInGroup", group: named(group), max: group.maxPicks, count: inside.length };
  }
  for (const id of closure) {
    const target = options.get(id)!;
    const { min, max } = boundsOf(model, target, closure);
    if (min > max) return { kind: "quantityImpossible", target: named(target), min, max };
  }
  for (const id of closure) if (id !== self && dead.has(id)) return { kind: "requiresDead", target: named(options.get(id)!) };
  return null;
}

/** Options that can never be chosen, with the first reason found (fixed point over the closures). */
export function deadOptions(model: ConfigModel): Map<string, DeadReason> {
  const all = closures(model);
  const dead = new Map<string, DeadReason>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, closure] of all) {
      if (dead.has(id)) continue;
      const reason = deadReason(model, closure, dead, id);
      if (!reason) continue;
      dead.set(id, reason);
      changed = true;
    }
  }
  return dead;
}

function groupFindings(group: GroupDef): Contradiction[] {
  const found: Contradiction[] = [];
  if (group.minPicks !== null && group.maxPicks !== null && group.minPicks > group.maxPicks) {
    found.push({ kind: "groupMinOverMax", group: named(group), min: group.minPicks, max: group.maxPicks });
  }
  if (group.required && group.kind !== "ONE" && group.maxPicks === 0) found.push({ kind: "groupNoRoom", group: named(group) });
  if (group.kind === "MANY" && group.options.length > 0 && group.minPicks !== null && group.minPicks > group.options.length) {
    found.push({ kind: "groupMinOverOptions", group: named(group), min: group.minPicks, options: group.options.length });
  }
  return found;
}

export function findContradictions(model: ConfigModel): Contradiction[] {
  const found = model.groups.flatMap(groupFindings);
  const dead = deadOptions(model);
  const whole = findValidConfiguration(model);
  if (whole !== null) {
    // what the closures cannot see (a bound that empties a required group, choices forced by
    // other groups): ask the search, option by option — unless the product as a whole cannot
    // be configured (then every option is trivially impossible) or the option's group is wrong itself
    const broken = new Set(model.groups.filter((g) => groupFindings(g).length).map((g) => g.id));
    for (const option of indexOf(model).options.values()) {
      if (dead.has(option.id) || broken.has(option.groupId)) continue;
      if (findValidConfiguration(model, OPTION_SEARCH_LIMIT, option.id) === null) dead.set(option.id, { kind: "noValidWith" });
    }
  }
  for (const group of model.groups) {
    for (const option of group.options) {
      const reason = dead.get(option.id);
      if (reason) found.push({ kind: "deadOption", option: named(option), group: named(group), reason });
    }
  }
  for (const group of model.groups) {
    // A group without options is still being built: the configurator leaves it out.
    if (group.required && group.options.length > 0 && group.options.every((o) => dead.has(o.id))) found.push({ kind: "requiredGroupImpossible", group: named(group) });
  }
  if (!found.length && whole === null) found.push({ kind: "noValidConfiguration" });
  return found;
}

/**
 * One valid configuration (the fewest, smallest choices the search meets first; with
 * option `include` chosen when given), `null` when there is provably none, `undefined` when the search gave up after SEARCH_LIMIT steps.
 * Options are decided one by one in the configurator's order; each decision is checked
 * against the rules and groups it completes, and a full assignment gets quantities within
 * every bound (lib/configurator/validate.ts has the last word on the result).
 */
export function findValidConfiguration(model: ConfigModel, limit = SEARCH_LIMIT, include?: string): Selection | null | undefined {
  const { groups } = indexOf(model);
  const live = model.groups.filter((g) => g.options.length > 0);
  const order = live.flatMap((g) => g.options);
  const position = new Map(order.map((o, i) => [o.id, i]));
  const dead = deadOptions(model);
  const chosen = new Set<string>();
  const lastOfGroup = new Set(live.map((g) => g.options[g.options.length - 1]!.id));
  let steps = 0;

  const consistent = (option: OptionDef, at: number): boolean => {
    const group = groups.get(option.groupId)!;
    const count = group.options.filter((o) => chosen.has(o.id)).length;
    if (group.kind === "ONE" && count > 1) return false;
    if (group.kind !== "ONE" && group.maxPicks !== null && count > group.maxPicks) return false;
    if (lastOfGroup.has(option.id)) {
      if (group.required && count === 0) return false;
      if (group.kind === "MANY" && group.minPicks !== null && (count > 0 || group.required) && count < group.minPicks) return false;
    }
    for (const rule of model.rules) {
      const a = position.get(rule.optionId);
      const b = position.get(rule.targetOptionId);
      if (a === undefined || b === undefined || Math.max(a, b) !== at) continue;
      const has = chosen.has(rule.optionId);
      const target = chosen.has(rule.targetOptionId);
      if (rule.kind === "EXCLUDES" && has && target) return false;
      if ((rule.kind === "REQUIRES" || (rule.kind === "MIN_QUANTITY" && rule.quantity! >= 1)) && has && !target) return false;
    }
    return true;
  };

  const quantities = (): Selection | null => {
    const selection: Record<string, number> = {};
    for (const group of live) {
      const picked = group.options.filter((o) => chosen.has(o.id));
      const bounds = picked.map((o) => boundsOf(model, o, chosen));
      if (bounds.some((b) => b.min > b.max)) return null;
      picked.forEach((o, i) => (selection[o.id] = bounds[i]!.min));
      if (group.kind !== "QUANTITY" || !picked.length) continue;
      let total = bounds.reduce((sum, b) => sum + b.min, 0);
      if (group.maxPicks !== null && total > group.maxPicks) return null;
      for (let i = 0; group.minPicks !== null && total < group.minPicks && i < picked.length; i++) {
        const add = Math.min(bounds[i]!.max - selection[picked[i]!.id]!, group.minPicks - total);
        selection[picked[i]!.id]! += add;
        total += add;
      }
      if (group.minPicks !== null && total < group.minPicks) return null;
    }
    return validateSelection(model, selection).length ? null : selection;
  };

  let gaveUp = false;
  const search = (at: number): Selection | null => {
    if (++steps > limit) return (gaveUp = true), null;
    if (at === order.length) return quantities();
    const option = order[at]!;
    const choices = option.id === include ? [true] : dead.has(option.id) ? [false] : [false, true];
    for (const take of choices) {
      if (take) chosen.add(option.id);
      if (consistent(option, at)) {
        const found = search(at + 1);
        if (found || gaveUp) return found;
      }
      chosen.delete(option.id);
    }
    return null;
  };
  const found = search(0);
  return gaveUp ? undefined : found;
}
