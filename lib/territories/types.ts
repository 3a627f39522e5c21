/** One node of the territory tree, with what hangs on it. */
export type TerritoryNodeItem = {
  id: string;
  parentId: string | null;
  name: string;
  description: string | null;
  path: string;
  depth: number;
  version: number;
  accounts: number;
  rules: TerritoryRuleItem[];
  owners: { membershipId: string; name: string }[];
  partners: { partnerId: string; name: string }[];
};

export type TerritoryRuleItem = {
  id: string;
  territoryId: string;
  country: string | null;
  region: string | null;
  postalPrefix: string | null;
  industry: string | null;
  priority: number;
  /** number of criteria: the first step of the precedence */
  specificity: number;
};

/** "Why this territory": the rules that matched an account, the winner first. */
export type TerritoryExplanation = {
  source: "NONE" | "RULE" | "MANUAL";
  current: { id: string; path: string } | null;
  /** what the rules would choose today (a manual choice keeps its territory) */
  candidates: (TerritoryRuleItem & { territoryPath: string; wins: boolean })[];
  history: {
    id: string;
    fromTerritory: string | null;
    toTerritory: string | null;
    source: "NONE" | "RULE" | "MANUAL";
    reason: string | null;
    actor: string | null;
    createdAt: Date;
  }[];
};

/** A partner's territory as its portal shows it. */
export type OwnTerritory = { id: string; path: string; description: string | null; accounts: number };
