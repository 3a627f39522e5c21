/**
 * The configurator engine, table-driven: every violation kind (groups, requires/excludes
 * chains, min/max quantities) with its plain-words message in English and Spanish, and the
 * contradictions found when rules are saved.
 */
import { describe, expect, it } from "vitest";
import { findContradictions, findValidConfiguration } from "@/lib/configurator/contradictions";
import { contradictionMessage, deadMessage, violationMessage, type Message } from "@/lib/configurator/explain";
import type { Selection } from "@/lib/configurator/model";
import { validateSelection } from "@/lib/configurator/validate";
import en from "@/lib/i18n/messages/en/configurator.json";
import es from "@/lib/i18n/messages/es/configurator.json";
import { IntlMessageFormat } from "intl-messageformat";
import { group, model, rule } from "@/tests/fixtures/configurator";

/** A server: choose-one CPU (required), choose-many accessories (≤ 3), drives by quantity (2–8), support (optional). */
const SERVER = model(
  [
    group("cpu", "ONE", { required: true }, ["c8", "0.00"], ["c16", "450.00"], ["c32", "1200.00"]),
    group("acc", "MANY", { max: 3 }, ["rails", "35.00"], ["psu2", "120.00"], ["gpu", "900.00"], ["tpm", "25.00"]),
    group("drv", "QUANTITY", { required: true, min: 2, max: 8 }, ["ssd", "180.00"], ["hdd", "95.00"]),
    group("sup", "ONE", {}, ["basic", "0.00"], ["pro", "300.00"]),
  ],
  [
    rule("REQUIRES", "gpu", "psu2"),
    rule("REQUIRES", "psu2", "rails"),
    rule("EXCLUDES", "c8", "gpu"),
    rule("MIN_QUANTITY", "c32", "ssd", 4),
    rule("MAX_QUANTITY", "c8", "hdd", 2),
  ],
);

const kinds = (selection: Selection) => validateSelection(SERVER, selection).map((v) => [v.kind, v.groupId]);

function words(catalog: Record<string, unknown>, locale: string, m: Message): string {
  const text = m.key.split(".").slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalog);
  if (typeof text !== "string") throw new Error(`missing ${m.key} (${locale})`);
  const values = Object.fromEntries(Object.entries(m.values).map(([k, v]) => [k, typeof v === "object" ? words(catalog, locale, v) : v]));
  return String(new IntlMessageFormat(text, locale).format(values));
}

describe("validation as the user chooses", () => {
  it.each<[string, Selection, [string, string | null][]]>([
    ["nothing chosen: the required groups say so", {}, [["required", "cpu"], ["required", "drv"]]],
    ["a valid server", { c16: 1, ssd: 2 }, []],
    ["two CPUs in a choose-one group", { c8: 1, c16: 1, ssd: 2 }, [["tooMany", "cpu"]]],
    ["one drive where two are the least", { c16: 1, ssd: 1 }, [["tooFew", "drv"]]],
    ["nine drives where eight are the most", { c16: 1, ssd: 5, hdd: 4 }, [["tooMany", "drv"]]],
    ["four accessories where three are the most (and the rules hold)", { c16: 1, ssd: 2, rails: 1, psu2: 1, gpu: 1, tpm: 1 }, [["tooMany", "acc"]]],
    ["a GPU alone: requires the second PSU (shown at the GPU's group)", { c16: 1, ssd: 2, gpu: 1 }, [["requires", "acc"]]],
    ["chain: GPU + PSU without rails → the PSU's own requirement", { c16: 1, ssd: 2, gpu: 1, psu2: 1 }, [["requires", "acc"]]],
    ["chain complete", { c16: 1, ssd: 2, gpu: 1, psu2: 1, rails: 1 }, []],
    ["8-core excludes the GPU (shown at the GPU's group)", { c8: 1, ssd: 2, gpu: 1, psu2: 1, rails: 1 }, [["excludes", "acc"]]],
    ["32-core needs at least 4 SSDs", { c32: 1, ssd: 2 }, [["minQuantity", "drv"]]],
    ["32-core with 4 SSDs", { c32: 1, ssd: 4 }, []],
    ["8-core allows at most 2 HDDs", { c8: 1, hdd: 3 }, [["maxQuantity", "drv"]]],
    ["a quantity of 2 for a choose-many option", { c16: 1, ssd: 2, tpm: 2 }, [["badQuantity", "acc"]]],
    ["a fractional quantity", { c16: 1, ssd: 2.5 }, [["badQuantity", "drv"]]],
    ["an option of another product", { c16: 1, ssd: 2, opt_elsewhere: 1 }, [["unknownOption", null]]],
  ])("%s", (_label, selection, expected) => {
    expect(kinds(selection)).toEqual(expected);
  });

  it("a GPU with nothing else names every broken rule and group at once", () => {
    expect(kinds({ c8: 1, gpu: 1 })).toEqual([["required", "drv"], ["requires", "acc"], ["excludes", "acc"]]);
  });

  it("an optional group's minimum applies once something is chosen in it", () => {
    const m = model([group("g", "MANY", { min: 2 }, ["a"], ["b"], ["c"])]);
    expect(validateSelection(m, {})).toEqual([]);
    expect(validateSelection(m, { a: 1 }).map((v) => v.kind)).toEqual(["tooFew"]);
    expect(validateSelection(m, { a: 1, b: 1 })).toEqual([]);
  });

  it.each([
    ["en", en, { c8: 1, gpu: 1 }, ["Choose at least one option in “Group drv”.", "“Option gpu” requires “Option psu2” (in “Group acc”): choose it too, or remove “Option gpu”.", "“Option c8” cannot be combined with “Option gpu”: remove one of them."]],
    ["es", es, { c8: 1, gpu: 1 }, ["Elige al menos una opción en «Grupo drv».", "«Opción gpu» requiere «Opción psu2» (en «Grupo acc»): elígela también o quita «Opción gpu».", "«Opción c8» no se puede combinar con «Opción gpu»: quita una de las dos."]],
    ["en", en, { c32: 1, ssd: 2, hdd: 7 }, ["“Group drv” allows at most 8 in total; you have 9.", "“Option c32” needs at least 4 of “Option ssd”; you have 2."]],
    ["es", es, { c8: 1, c16: 1, hdd: 3 }, ["En «Grupo cpu» se permite como máximo 1 opción; has elegido 2.", "Con «Opción c8» se permiten como máximo 2 de «Opción hdd»; tienes 3."]],
  ] as const)("explains violations in plain words (%s)", (locale, catalog, selection, expected) => {
    expect(validateSelection(SERVER, selection).map((v) => words(catalog, locale, violationMessage(v, locale)))).toEqual(expected);
  });
});

describe("contradictions when rules are saved", () => {
  it("the demo-like server has none, and the search finds a valid configuration", () => {
    expect(findContradictions(SERVER)).toEqual([]);
    const found = findValidConfiguration(SERVER);
    expect(found && validateSelection(SERVER, found)).toEqual([]);
  });

  const cases: [string, Parameters<typeof model>, [string, string?][]][] = [
    ["min above max", [[group("g", "MANY", { min: 3, max: 2 }, ["a"], ["b"], ["c"])]], [["groupMinOverMax"]]],
    ["a required group that allows nothing", [[group("g", "QUANTITY", { required: true, max: 0 }, ["a"])]], [["groupNoRoom"], ["deadOption", "tooManyInGroup"], ["requiredGroupImpossible"]]],
    ["a minimum above the group's options", [[group("g", "MANY", { min: 3 }, ["a"], ["b"])]], [["groupMinOverOptions"]]],
    [
      "A requires B, B excludes A, A required: A can never be chosen, nor can the required group be filled",
      [[group("g", "ONE", { required: true }, ["a"]), group("h", "MANY", {}, ["b"])], [rule("REQUIRES", "a", "b"), rule("EXCLUDES", "b", "a")]],
      [["deadOption", "requiresExcluded"], ["requiredGroupImpossible"]],
    ],
    [
      "a chain: A requires B, B requires C, C excludes A",
      [[group("g", "MANY", {}, ["a"], ["b"], ["c"])], [rule("REQUIRES", "a", "b"), rule("REQUIRES", "b", "c"), rule("EXCLUDES", "c", "a")]],
      [["deadOption", "requiresExcluded"]],
    ],
    [
      "requiring two options of one choose-one group",
      [[group("g", "MANY", {}, ["a"]), group("h", "ONE", {}, ["x"], ["y"])], [rule("REQUIRES", "a", "x"), rule("REQUIRES", "a", "y")]],
      [["deadOption", "requiresSameGroup"]],
    ],
    [
      "requiring more options than a group allows",
      [[group("g", "MANY", {}, ["a"]), group("h", "MANY", { max: 1 }, ["x"], ["y"])], [rule("REQUIRES", "a", "x"), rule("REQUIRES", "a", "y")]],
      [["deadOption", "tooManyInGroup"]],
    ],
    [
      "at least 3 and at most 2 of one option",
      [[group("g", "ONE", {}, ["a"]), group("q", "QUANTITY", {}, ["x"])], [rule("MIN_QUANTITY", "a", "x", 3), rule("MAX_QUANTITY", "a", "x", 2)]],
      [["deadOption", "quantityImpossible"]],
    ],
    [
      "at least 2 of a choose-many option (chosen once at most)",
      [[group("g", "ONE", {}, ["a"]), group("h", "MANY", {}, ["x"])], [rule("MIN_QUANTITY", "a", "x", 2)]],
      [["deadOption", "quantityImpossible"]],
    ],
    [
      "requiring an option that can never be chosen",
      [[group("g", "MANY", {}, ["a"], ["b"], ["c"])], [rule("REQUIRES", "a", "b"), rule("EXCLUDES", "b", "c"), rule("REQUIRES", "b", "c")]],
      [["deadOption", "requiresExcluded"], ["deadOption", "requiresExcluded"]],
    ],
    [
      "every option of a required group excluded by a required choice",
      [
        [group("cpu", "ONE", { required: true }, ["c"]), group("psu", "ONE", { required: true }, ["p1"], ["p2"])],
        [rule("EXCLUDES", "c", "p1"), rule("EXCLUDES", "c", "p2")],
      ],
      [["noValidConfiguration"]],
    ],
  ];

  it.each(cases)("%s", (_label, args, expected) => {
    const found = findContradictions(model(...args));
    expect(found.map((c) => (c.kind === "deadOption" ? [c.kind, c.reason.kind] : [c.kind]))).toEqual(expected);
    // only a required group that cannot be filled makes every configuration invalid; otherwise leaving the optional groups empty is valid
    const impossible = expected.some(([kind]) => ["groupNoRoom", "requiredGroupImpossible", "noValidConfiguration"].includes(kind));
    const valid = findValidConfiguration(model(...args));
    if (impossible) expect(valid).toBeNull();
    else expect(valid && validateSelection(model(...args), valid)).toEqual([]);
  });

  it("an option that empties a required group is found by the search (no closure shows it)", () => {
    const m = model([group("cpu", "ONE", { required: true }, ["c8"], ["c16"]), group("drv", "QUANTITY", { required: true }, ["ssd"])], [rule("MAX_QUANTITY", "c8", "ssd", 0)]);
    const found = findContradictions(m);
    expect(found.map((c) => (c.kind === "deadOption" ? [c.kind, c.option.nameEn, c.reason.kind] : [c.kind]))).toEqual([["deadOption", "Option c8", "noValidWith"]]);
    expect(findValidConfiguration(m)).toEqual({ c16: 1, ssd: 1 });
  });

  it("a dead option in an optional group is reported though the product can still be configured", () => {
    const m = model([group("g", "MANY", {}, ["a"], ["b"])], [rule("REQUIRES", "a", "b"), rule("EXCLUDES", "a", "b")]);
    expect(findContradictions(m).map((c) => c.kind)).toEqual(["deadOption"]);
    expect(findValidConfiguration(m)).toEqual({});
  });

  it("a group without options is still being built and is not a contradiction", () => {
    expect(findContradictions(model([group("g", "ONE", { required: true })]))).toEqual([]);
  });

  it.each([
    ["en", en, "“Option a” (in “Group g”) can never be chosen: choosing it brings in “Option b” and “Option a”, which exclude each other."],
    ["es", es, "«Opción a» (en «Grupo g») nunca se puede elegir: al elegirla entran «Opción b» y «Opción a», que se excluyen entre sí."],
  ] as const)("reports a contradiction in plain words (%s)", (locale, catalog, expected) => {
    const [found] = findContradictions(model([group("g", "ONE", { required: true }, ["a"]), group("h", "MANY", {}, ["b"])], [rule("REQUIRES", "a", "b"), rule("EXCLUDES", "b", "a")]));
    expect(words(catalog, locale, contradictionMessage(found!, locale))).toBe(expected);
    expect(found!.kind === "deadOption" && deadMessage(found.reason, locale).key).toBe("configurator.dead.requiresExcluded");
  });

  it("gives up (rather than refuse) when the search would take too long", () => {
    const wide = model(Array.from({ length: 20 }, (_, i) => group(`g${i}`, "MANY", {}, [`a${i}`], [`b${i}`])), [rule("EXCLUDES", "a0", "b0")]);
    expect(findValidConfiguration(wide, 5)).toBeUndefined();
    expect(findValidConfiguration(wide)).toEqual({});
  });
});
