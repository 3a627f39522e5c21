/**
 * The deals module's pure rules, table-driven: which names are "similar" (typos,
 * transpositions, a group and its subsidiary) and which exit criteria a stage move needs.
 */
import { describe, expect, it } from "vitest";
import { companyNameKey } from "@/lib/accounts/normalize";
import { editDistance, matchedOn, similarNames } from "@/lib/deals/similarity";
import { missingCriteria, stageTargets } from "@/lib/deals/stage-rules";
import type { StageItem } from "@/lib/deals/types";

describe("edit distance (adjacent transpositions count once)", () => {
  it.each([
    ["acme", "acme", 0],
    ["acme", "acne", 1],
    ["acme", "amce", 1],
    ["northwind", "nortwind", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("%s → %s = %i", (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it("stops early past the limit", () => expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3));
});

describe("similar names", () => {
  it.each([
    // [typed by one partner, by another, trigram similarity measured by PostgreSQL, similar?]
    ["Northwind Traders", "Nortwind Traders", 0.6, true],
    ["Castellana Seguros", "Castellana Sgeuros", 0.45, true],
    ["Acme", "Amce", 0.1, true],
    ["Borealis", "Borealis Logistics", 0.4, true],
    ["Grupo Bimbo S.A.B. de C.V.", "Grupo Bimbo", 1, false], // the same key: "name", not "similar"
    ["Acme", "Apex", 0.1, false],
    ["Sol", "Sal", 0.1, false], // too short to tell a typo from another name
    ["Global Logistics", "Global Foods", 0.35, false],
  ] as const)("%s / %s", (a, b, trigram, similar) => {
    expect(similarNames(companyNameKey(a), companyNameKey(b), trigram)).toBe(similar);
  });

  it("reports the strongest shared keys first", () => {
    const a = { nameKey: "sirius health", domain: "sirius.example", taxId: "SIR1" };
    expect(matchedOn(a, { ...a }, 1)).toEqual(["taxId", "domain", "name"]);
    expect(matchedOn(a, { nameKey: "sirius helth", domain: null, taxId: null }, 0.6)).toEqual(["similarName"]);
    expect(matchedOn(a, { nameKey: "orion", domain: "orion.example", taxId: null }, 0)).toEqual([]);
  });
});

const stage = (id: string, kind: StageItem["kind"], criteria: string[] = []): StageItem => ({
  id,
  name: id,
  position: 0,
  probability: 0,
  kind,
  version: 0,
  criteria: criteria.map((c) => ({ id: c, label: c.toUpperCase() })),
});
const STAGES = [
  stage("qualify", "OPEN", ["budget", "sponsor"]),
  stage("develop", "OPEN", ["demo"]),
  stage("propose", "OPEN", []),
  stage("negotiate", "OPEN", ["po"]),
  stage("won", "WON"),
  stage("lost", "LOST"),
];

describe("exit criteria of a stage move", () => {
  it.each([
    { from: "qualify", to: "develop", met: [], missing: ["budget", "sponsor"] },
    { from: "qualify", to: "develop", met: ["budget"], missing: ["sponsor"] },
    { from: "qualify", to: "develop", met: ["budget", "sponsor"], missing: [] },
    // skipping a stage needs its criteria too
    { from: "qualify", to: "propose", met: ["budget", "sponsor"], missing: ["demo"] },
    // a stage without criteria is left freely
    { from: "propose", to: "negotiate", met: [], missing: [] },
    // moving back is always allowed
    { from: "negotiate", to: "qualify", met: [], missing: [] },
    // winning needs every remaining open stage's criteria
    { from: "propose", to: "won", met: [], missing: ["po"] },
    { from: "develop", to: "won", met: ["demo", "po"], missing: [] },
    // losing needs none (a reason instead: the service asks for it)
    { from: "qualify", to: "lost", met: [], missing: [] },
  ])("$from → $to with $met", ({ from, to, met, missing }) => {
    expect(missingCriteria(STAGES, from, to, new Set(met)).map((c) => c.id)).toEqual(missing);
  });

  it("offers every other stage to an open deal and none to a closed one", () => {
    expect(stageTargets(STAGES, "develop").map((s) => s.id)).toEqual(["qualify", "propose", "negotiate", "won", "lost"]);
    expect(stageTargets(STAGES, "won")).toEqual([]);
  });
});
