import { MAX_CONFIGURED_UNITS, MAX_OPTION_QUANTITY, type ConfigModel, type Selection } from "./model";

/**
 * A configuration in a URL (the configurator is a GET form, so reload, back/forward and a
 * form posted without JavaScript all keep the choices): `g.<groupId>=<optionId>` for a
 * choose-one group (a radio group per group), `o=<optionId>` once per chosen choose-many
 * option, `q.<optionId>=<n>` per quantity option, `n=<configured units>`.
 * Anything else — unknown ids, absurd numbers — is dropped, never an error.
 */

type Params = Record<string, string | string[] | undefined>;

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const whole = (text: string | undefined, max: number): number | null => {
  if (text === undefined || !/^\d{1,9}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n <= max ? n : null;
};

export function selectionFromParams(model: ConfigModel, params: Params): { selection: Selection; quantity: number } {
  const picked = new Set(list(params.o));
  const selection: Record<string, number> = {};
  for (const group of model.groups) {
    for (const option of group.options) {
      if (group.kind === "QUANTITY") {
        const n = whole(list(params[`q.${option.id}`])[0], MAX_OPTION_QUANTITY);
        if (n) selection[option.id] = n;
      } else if (group.kind === "ONE" ? list(params[`g.${group.id}`])[0] === option.id : picked.has(option.id)) selection[option.id] = 1;
    }
  }
  const quantity = whole(list(params.n)[0], MAX_CONFIGURED_UNITS);
  return { selection, quantity: quantity && quantity > 0 ? quantity : 1 };
}

export function paramsOf(model: ConfigModel, selection: Selection, quantity: number, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams(extra);
  for (const group of model.groups) {
    for (const option of group.options) {
      const n = selection[option.id];
      if (!n) continue;
      if (group.kind === "QUANTITY") params.append(`q.${option.id}`, String(n));
      else if (group.kind === "ONE") params.append(`g.${group.id}`, option.id);
      else params.append("o", option.id);
    }
  }
  if (quantity !== 1) params.set("n", String(quantity));
  return params;
}

/** A selection as one form value: "opt_a:1,opt_b:3" (the save form's hidden field). */
export const encodeSelection = (selection: Selection): string =>
  Object.entries(selection)
    .filter(([, n]) => n > 0)
    .map(([id, n]) => `${id}:${n}`)
    .join(",");

export function decodeSelection(text: string): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const part of text.split(",").filter(Boolean)) {
    const match = /^([a-z]{2,4}_[a-z0-9]{1,40}):(\d{1,5})$/.exec(part.trim());
    if (!match) return null;
    out[match[1]!] = Number(match[2]);
  }
  return out;
}
