import { MAX_OPTION_QUANTITY, indexOf, quantityOf, type ConfigModel, type GroupDef, type Named, type Selection } from "./model";

/**
 * Whether a selection is a valid configuration, and every reason it is not — in the order
 * a person reads the configurator (group by group, then the rules). Each violation names
 * the group it is shown next to (`groupId`) and carries what its sentence needs
 * (lib/configurator/explain.ts puts it in words, `configurator.violations.<kind>`).
 *
 * - A group without options is still being built and is left out.
 * - A group's count is its number of chosen options (ONE, MANY) or its total quantity
 *   (QUANTITY). A required group must have something; a group's min applies once it has
 *   something (or when it is required), its max always; ONE takes one option at most.
 * - Choose-one and choose-many options are chosen once (quantity 1); a quantity option's
 *   quantity is a whole number from 1 to MAX_OPTION_QUANTITY.
 * - Rules read "if A is chosen then …": REQUIRES (B chosen too, shown at A's group),
 *   EXCLUDES (B not chosen, shown at B's group), MIN_QUANTITY / MAX_QUANTITY (B's quantity
 *   within the bound, shown at B's group; a choose-one/many option counts 1).
 */

type GroupRef = { groupId: string; group: Named };

export type Violation =
  | { kind: "unknownOption"; groupId: null; optionId: string }
  | ({ kind: "badQuantity"; option: Named; quantity: number; max: number } & GroupRef)
  | ({ kind: "required" } & GroupRef)
  | ({ kind: "tooFew"; min: number; count: number; quantity: boolean } & GroupRef)
  | ({ kind: "tooMany"; max: number; count: number; quantity: boolean } & GroupRef)
  | ({ kind: "requires"; option: Named; target: Named; targetGroup: Named } & GroupRef)
  | ({ kind: "excludes"; option: Named; target: Named } & GroupRef)
  | ({ kind: "minQuantity"; option: Named; target: Named; min: number; quantity: number } & GroupRef)
  | ({ kind: "maxQuantity"; option: Named; target: Named; max: number; quantity: number } & GroupRef);

export type ViolationKind = Violation["kind"];

const named = (n: Named): Named => ({ nameEn: n.nameEn, nameEs: n.nameEs });
const ref = (group: GroupDef): GroupRef => ({ groupId: group.id, group: named(group) });

/** A group's count: chosen options (ONE, MANY) or total quantity (QUANTITY). */
export function groupCount(group: GroupDef, selection: Selection): number {
  let count = 0;
  for (const option of group.options) {
    const quantity = quantityOf(selection, option.id);
    if (quantity > 0) count += group.kind === "QUANTITY" ? quantity : 1;
  }
  return count;
}

export function validateSelection(model: ConfigModel, selection: Selection): Violation[] {
  const index = indexOf(model);
  const violations: Violation[] = [];
  for (const [optionId, quantity] of Object.entries(selection)) {
    if (quantity !== 0 && !index.options.has(optionId)) violations.push({ kind: "unknownOption", groupId: null, optionId });
  }
  for (const group of model.groups) {
    for (const option of group.options) {
      const quantity = selection[option.id];
      if (quantity === undefined || quantity === 0) continue;
      const max = group.kind === "QUANTITY" ? MAX_OPTION_QUANTITY : 1;
      if (!Number.isInteger(quantity) || quantity < 0 || quantity > max) {
        violations.push({ kind: "badQuantity", ...ref(group), option: named(option), quantity, max });
      }
    }
    // A group without options is still being built: the configurator leaves it out.
    if (!group.options.length) continue;
    const count = groupCount(group, selection);
    const quantity = group.kind === "QUANTITY";
    if (group.required && count === 0) violations.push({ kind: "required", ...ref(group) });
    else if (count > 0 && group.minPicks !== null && count < group.minPicks) violations.push({ kind: "tooFew", ...ref(group), min: group.minPicks, count, quantity });
    const max = group.kind === "ONE" ? 1 : group.maxPicks;
    if (max !== null && count > max) violations.push({ kind: "tooMany", ...ref(group), max, count, quantity });
  }
  for (const rule of model.rules) {
    const option = index.options.get(rule.optionId);
    const target = index.options.get(rule.targetOptionId);
    if (!option || !target || quantityOf(selection, option.id) === 0) continue;
    const have = quantityOf(selection, target.id);
    const targetGroup = index.groups.get(target.groupId)!;
    switch (rule.kind) {
      case "REQUIRES":
        if (have === 0) violations.push({ kind: "requires", ...ref(index.groups.get(option.groupId)!), option: named(option), target: named(target), targetGroup: named(targetGroup) });
        break;
      case "EXCLUDES":
        if (have > 0) violations.push({ kind: "excludes", ...ref(targetGroup), option: named(option), target: named(target) });
        break;
      case "MIN_QUANTITY":
        if (have < rule.quantity!) violations.push({ kind: "minQuantity", ...ref(targetGroup), option: named(option), target: named(target), min: rule.quantity!, quantity: have });
        break;
      case "MAX_QUANTITY":
        if (have > rule.quantity!) violations.push({ kind: "maxQuantity", ...ref(targetGroup), option: named(option), target: named(target), max: rule.quantity!, quantity: have });
        break;
    }
  }
  return violations;
}
