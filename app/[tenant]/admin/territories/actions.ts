"use server";

import { z } from "zod";
import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { reassignByRules } from "@/lib/territories/assign";
import {
  createTerritorySchema,
  ruleIdSchema,
  ruleSchema,
  territoryIdSchema,
  territoryOwnerSchema,
  territoryPartnerSchema,
  updateTerritorySchema,
} from "@/lib/territories/schema";
import {
  addRule,
  addTerritoryOwner,
  assignTerritoryPartner,
  createTerritory,
  deleteTerritory,
  removeRule,
  removeTerritoryOwner,
  unassignTerritoryPartner,
  updateTerritory,
} from "@/lib/territories/service";

const path = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/territories`;
const ok = { ok: true } as const;

export const createTerritoryAction = vendorAction("territories.manage", createTerritorySchema, (ctx, input) => createTerritory(ctx, input), {
  revalidate: path,
});

export const updateTerritoryAction = vendorAction("territories.manage", updateTerritorySchema, (ctx, input) => updateTerritory(ctx, input), {
  revalidate: path,
});

export const deleteTerritoryAction = vendorAction(
  "territories.manage",
  territoryIdSchema,
  async (ctx, input) => {
    await deleteTerritory(ctx, input.territoryId);
    return ok;
  },
  { revalidate: path },
);

export const addRuleAction = vendorAction("territories.manage", ruleSchema, (ctx, input) => addRule(ctx, input), { revalidate: path });

export const removeRuleAction = vendorAction(
  "territories.manage",
  ruleIdSchema,
  async (ctx, input) => {
    await removeRule(ctx, input.ruleId);
    return ok;
  },
  { revalidate: path },
);

export const addTerritoryOwnerAction = vendorAction(
  "territories.manage",
  territoryOwnerSchema,
  async (ctx, input) => {
    await addTerritoryOwner(ctx, input);
    return ok;
  },
  { revalidate: path },
);

export const removeTerritoryOwnerAction = vendorAction(
  "territories.manage",
  territoryOwnerSchema,
  async (ctx, input) => {
    await removeTerritoryOwner(ctx, input);
    return ok;
  },
  { revalidate: path },
);

export const assignTerritoryPartnerAction = vendorAction(
  "territories.manage",
  territoryPartnerSchema,
  async (ctx, input) => {
    await assignTerritoryPartner(ctx, input);
    return ok;
  },
  { revalidate: path },
);

export const unassignTerritoryPartnerAction = vendorAction(
  "territories.manage",
  territoryPartnerSchema,
  async (ctx, input) => {
    await unassignTerritoryPartner(ctx, input);
    return ok;
  },
  { revalidate: path },
);

/** Places every account not chosen by hand by today's rules. */
export const reassignByRulesAction = vendorAction("territories.manage", z.object({}), (ctx) => reassignByRules(ctx), {
  success: "territories.rerun.done",
  revalidate: path,
});
