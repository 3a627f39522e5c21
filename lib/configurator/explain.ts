import { localName } from "@/lib/catalog/names";
import type { DetailMessage } from "@/lib/errors";
import type { Contradiction, DeadReason } from "./contradictions";
import type { Named } from "./model";
import type { Violation } from "./validate";

/**
 * Violations and contradictions as message keys with their values, names in the reader's
 * language: `configurator.violations.<kind>` and `configurator.contradictions.<kind>` (plus
 * `configurator.dead.<reason>` for why an option can never be chosen). Shared by the
 * configurator screens and the service's refusal report, so both read the same.
 */

export type Message = DetailMessage;

const name = (n: Named, locale: string) => localName(n, locale);

export function violationMessage(v: Violation, locale: string): Message {
  const key = `configurator.violations.${v.kind}`;
  switch (v.kind) {
    case "unknownOption":
      return { key, values: {} };
    case "badQuantity":
      return { key, values: { option: name(v.option, locale), quantity: v.quantity, max: v.max } };
    case "required":
      return { key, values: { group: name(v.group, locale) } };
    case "tooFew":
      return { key, values: { group: name(v.group, locale), min: v.min, count: v.count, unit: v.quantity ? "quantity" : "options" } };
    case "tooMany":
      return { key, values: { group: name(v.group, locale), max: v.max, count: v.count, unit: v.quantity ? "quantity" : "options" } };
    case "requires":
      return { key, values: { option: name(v.option, locale), target: name(v.target, locale), group: name(v.targetGroup, locale) } };
    case "excludes":
      return { key, values: { option: name(v.option, locale), target: name(v.target, locale) } };
    case "minQuantity":
      return { key, values: { option: name(v.option, locale), target: name(v.target, locale), min: v.min, quantity: v.quantity } };
    case "maxQuantity":
      return { key, values: { option: name(v.option, locale), target: name(v.target, locale), max: v.max, quantity: v.quantity } };
  }
}

export function deadMessage(reason: DeadReason, locale: string): Message {
  const key = `configurator.dead.${reason.kind}`;
  switch (reason.kind) {
    case "requiresExcluded":
      return { key, values: { first: name(reason.first, locale), second: name(reason.second, locale) } };
    case "requiresSameGroup":
      return { key, values: { first: name(reason.first, locale), second: name(reason.second, locale), group: name(reason.group, locale) } };
    case "tooManyInGroup":
      return { key, values: { group: name(reason.group, locale), max: reason.max, count: reason.count } };
    case "quantityImpossible":
      return { key, values: { target: name(reason.target, locale), min: reason.min, max: reason.max } };
    case "requiresDead":
      return { key, values: { target: name(reason.target, locale) } };
    case "noValidWith":
      return { key, values: {} };
  }
}

/** A contradiction's sentence; a dead option's carries its reason as the message `why`. */
export function contradictionMessage(c: Contradiction, locale: string): Message {
  const key = `configurator.contradictions.${c.kind}`;
  switch (c.kind) {
    case "groupMinOverMax":
      return { key, values: { group: name(c.group, locale), min: c.min, max: c.max } };
    case "groupNoRoom":
    case "requiredGroupImpossible":
      return { key, values: { group: name(c.group, locale) } };
    case "groupMinOverOptions":
      return { key, values: { group: name(c.group, locale), min: c.min, options: c.options } };
    case "deadOption":
      return { key, values: { option: name(c.option, locale), group: name(c.group, locale), why: deadMessage(c.reason, locale) } };
    case "noValidConfiguration":
      return { key, values: {} };
  }
}
