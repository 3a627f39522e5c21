import { z } from "zod";
import { countryField, industryField } from "@/lib/accounts/schema";

const id = z.string().min(1).max(64);
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => value || null);
const version = z.coerce.number().int().min(0).max(2_147_483_647);

export const territoryFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: "validation.required" }).max(80, { message: "validation.tooLong" }),
  description: z
    .string()
    .trim()
    .max(500, { message: "validation.tooLong" })
    .optional()
    .transform((value) => value || null),
  /** the parent territory; empty = a root */
  parentId: optionalId,
});

export const createTerritorySchema = territoryFieldsSchema;
export type CreateTerritoryInput = z.output<typeof createTerritorySchema>;

export const updateTerritorySchema = territoryFieldsSchema.extend({ territoryId: id, version });
export type UpdateTerritoryInput = z.output<typeof updateTerritorySchema>;

export const territoryIdSchema = z.object({ territoryId: id });

/** A rule: at least one criterion (checked by the service on the `country` field). */
export const ruleSchema = z.object({
  territoryId: id,
  country: countryField,
  region: z
    .string()
    .trim()
    .max(80, { message: "validation.tooLong" })
    .optional()
    .transform((value) => value || null),
  postalPrefix: z
    .string()
    .trim()
    .toUpperCase()
    .max(10, { message: "validation.tooLong" })
    .optional()
    .refine((value) => !value || /^[A-Z0-9 -]+$/.test(value), { message: "territories.validation.postalPrefix" })
    .transform((value) => value?.replace(/[^A-Z0-9]/g, "") || null),
  industry: industryField,
  priority: z.coerce
    .number({ message: "territories.validation.priority" })
    .int({ message: "territories.validation.priority" })
    .min(-1000, { message: "territories.validation.priority" })
    .max(1000, { message: "territories.validation.priority" })
    .default(0),
});
export type RuleInput = z.output<typeof ruleSchema>;

export const ruleIdSchema = z.object({ ruleId: id });

export const territoryOwnerSchema = z.object({ territoryId: id, membershipId: id });
export const territoryPartnerSchema = z.object({ territoryId: id, partnerId: id });

/** A person's choice of territory for one account (empty = back to the rules). */
export const overrideTerritorySchema = z.object({
  accountId: id,
  territoryId: optionalId,
  reason: z.string().trim().max(500, { message: "validation.tooLong" }),
});
export type OverrideTerritoryInput = z.output<typeof overrideTerritorySchema>;
