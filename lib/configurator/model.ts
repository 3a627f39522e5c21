/**
 * The configurator's data as the pure engine reads it (lib/configurator/validate.ts,
 * contradictions.ts, pricing.ts): a product's option groups, options, rules and bundle,
 * loaded once by the service. Free of server imports, so the same code runs in services,
 * tests and the browser.
 */

export const GROUP_KINDS = ["ONE", "MANY", "QUANTITY"] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const RULE_KINDS = ["REQUIRES", "EXCLUDES", "MIN_QUANTITY", "MAX_QUANTITY"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** A name in both languages (read with lib/catalog/names.ts `localName`). */
export type Named = { nameEn: string; nameEs: string };

/** Largest quantity of one option in a configured unit (a typo guard; the database agrees). */
export const MAX_OPTION_QUANTITY = 10_000;
/** Largest number of configured units one configuration prices. */
export const MAX_CONFIGURED_UNITS = 1_000_000;

export type OptionDef = Named & {
  id: string;
  groupId: string;
  /** per unit of the option, per configured unit, in the configurator's currency (may be negative) */
  adderMinor: bigint;
  /** the catalog product the option stands for on a quote or an order */
  sku: string | null;
  skuProductId: string | null;
};

export type GroupDef = Named & {
  id: string;
  kind: GroupKind;
  required: boolean;
  /** MANY: fewest options; QUANTITY: lowest total quantity */
  minPicks: number | null;
  /** MANY: most options; QUANTITY: highest total quantity */
  maxPicks: number | null;
  options: OptionDef[];
};

/** "If `optionId` is chosen then `targetOptionId` …" (REQUIRES, EXCLUDES, MIN/MAX_QUANTITY `quantity`). */
export type RuleDef = { id: string; kind: RuleKind; optionId: string; targetOptionId: string; quantity: number | null };

/** A catalog product in a bundle, `quantity` per configured unit. */
export type BundleLineDef = Named & { id: string; productId: string; sku: string; quantity: number };

export type ConfigModel = {
  productId: string;
  /** the currency of every option's adder */
  currency: string;
  /** the configurator's optimistic version (every edit sends it) */
  version: number;
  groups: GroupDef[];
  rules: RuleDef[];
  bundle: BundleLineDef[];
};

/** What a configuration chose: option id → quantity (1 for choose-one and choose-many options). */
export type Selection = Readonly<Record<string, number>>;

/** Lookups the engine needs more than once. */
export type Index = { options: Map<string, OptionDef>; groups: Map<string, GroupDef> };

const INDEXES = new WeakMap<ConfigModel, Index>();

export function indexOf(model: ConfigModel): Index {
  let index = INDEXES.get(model);
  if (!index) {
    index = { options: new Map(), groups: new Map() };
    for (const group of model.groups) {
      index.groups.set(group.id, group);
      for (const option of group.options) index.options.set(option.id, option);
    }
    INDEXES.set(model, index);
  }
  return index;
}

/** The quantity chosen of an option (0 when not chosen). */
export const quantityOf = (selection: Selection, optionId: string): number => {
  const value = selection[optionId];
  return typeof value === "number" && value > 0 ? value : 0;
};
