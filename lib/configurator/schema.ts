import { z } from "zod";
import { currencyField, flag, skuField } from "@/lib/catalog/schema";
import { defineListQuery } from "@/lib/lists/query";
import { parseAmount } from "@/lib/money";
import { decodeSelection } from "./url";
import { GROUP_KINDS, MAX_CONFIGURED_UNITS, MAX_OPTION_QUANTITY, RULE_KINDS } from "./model";

/** Largest adder (minor units) an option may have, either sign: 10^11 = a billion in a 2-decimal currency. */
export const MAX_ADDER_MINOR = BigInt("100000000000");
/** Most groups, options per product, rules and bundle items a configurator holds (typo and abuse guard). */
export const CONFIGURATOR_LIMITS = { groups: 50, options: 500, rules: 1000, bundle: 100 } as const;

const id = z.string().trim().min(1).max(64);
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => value || null);
const version = z.coerce.number().int().min(0).max(2_147_483_647);
const name = z.string().trim().min(1, { message: "validation.required" }).max(120, { message: "validation.tooLong" });

/** A whole number from `min` (0 or 1) to `max` typed in a form (empty → null). */
const count = (min: number, max: number) =>
  z.union([z.number(), z.string().trim().max(9)]).optional().transform((value, ctx) => {
    if (value === "" || value === undefined) return null;
    const number = typeof value === "number" ? value : Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      ctx.addIssue({ code: "custom", message: min === 0 ? "configurator.validation.count0" : "configurator.validation.count1" });
      return z.NEVER;
    }
    return number;
  });

/** Every edit names the product and the configurator version it was made on (STALE_EDIT otherwise). */
const edit = { productId: id, version };

export const optionGroupSchema = z
  .object({
    ...edit,
    groupId: optionalId,
    nameEn: name,
    nameEs: name,
    kind: z.enum(GROUP_KINDS, { message: "configurator.validation.kind" }),
    required: flag,
    minPicks: count(0, MAX_OPTION_QUANTITY),
    maxPicks: count(0, MAX_OPTION_QUANTITY),
  })
  .transform((input) => (input.kind === "ONE" ? { ...input, minPicks: null, maxPicks: null } : input))
  .superRefine((input, ctx) => {
    if (input.minPicks !== null && input.maxPicks !== null && input.minPicks > input.maxPicks) {
      ctx.addIssue({ code: "custom", path: ["maxPicks"], message: "configurator.validation.minOverMax" });
    }
  });
export type OptionGroupInput = z.output<typeof optionGroupSchema>;

export const optionSchema = z
  .object({
    ...edit,
    optionId: optionalId,
    groupId: id,
    nameEn: name,
    nameEs: name,
    /** the adder as typed, in the configurator's currency (sent by the form, re-checked against the stored one) */
    adder: z.string().trim().max(20).optional().default(""),
    currency: currencyField,
    sku: z.union([z.literal(""), skuField]).optional().transform((value) => value || null),
  })
  .superRefine((input, ctx) => {
    try {
      const minor = input.adder ? parseAmount(input.adder, input.currency) : BigInt(0);
      if (minor > MAX_ADDER_MINOR || minor < -MAX_ADDER_MINOR) ctx.addIssue({ code: "custom", path: ["adder"], message: "configurator.validation.adderRange" });
    } catch {
      ctx.addIssue({ code: "custom", path: ["adder"], message: "configurator.validation.adder" });
    }
  });
export type OptionInput = z.output<typeof optionSchema>;

export const ruleSchema = z
  .object({
    ...edit,
    kind: z.enum(RULE_KINDS, { message: "configurator.validation.ruleKind" }),
    optionId: id,
    targetOptionId: id,
    quantity: count(0, MAX_OPTION_QUANTITY),
  })
  .superRefine((input, ctx) => {
    const bounded = input.kind === "MIN_QUANTITY" || input.kind === "MAX_QUANTITY";
    if (bounded && input.quantity === null) ctx.addIssue({ code: "custom", path: ["quantity"], message: "validation.required" });
    if (!bounded && input.optionId === input.targetOptionId) ctx.addIssue({ code: "custom", path: ["targetOptionId"], message: "configurator.validation.sameOption" });
  })
  .transform((input) => ({ ...input, quantity: input.kind === "MIN_QUANTITY" || input.kind === "MAX_QUANTITY" ? input.quantity : null }));
export type RuleInput = z.output<typeof ruleSchema>;

export const bundleItemSchema = z.object({ ...edit, sku: skuField, quantity: count(1, 10_000).pipe(z.number({ message: "validation.required" })) });
export type BundleItemInput = z.output<typeof bundleItemSchema>;

export const CONFIGURATOR_PARTS = ["group", "option", "rule", "bundleItem"] as const;
export const removePartSchema = z.object({ ...edit, part: z.enum(CONFIGURATOR_PARTS), id });
export type RemovePartInput = z.output<typeof removePartSchema>;

/** A selection as sent by a form ("opt_a:1,opt_b:3") or an API (option id → quantity; 0 = not chosen). */
export const selectionField = z
  .union([
    z
      .string()
      .max(40_000)
      .transform((text, ctx) => decodeSelection(text) ?? (ctx.addIssue({ code: "custom", message: "configurator.validation.selection" }), z.NEVER)),
    z.record(z.string().trim().min(1).max(64), z.coerce.number().int().min(0).max(MAX_OPTION_QUANTITY)),
  ])
  .pipe(z.record(z.string(), z.number().int().min(0).max(MAX_OPTION_QUANTITY)))
  .refine((value) => Object.keys(value).length <= CONFIGURATOR_LIMITS.options, { message: "configurator.validation.selection" })
  .transform((value) => Object.fromEntries(Object.entries(value).filter(([, quantity]) => quantity > 0)));

export const configuredUnits = z.coerce.number({ message: "configurator.validation.units" }).int({ message: "configurator.validation.units" }).min(1, { message: "configurator.validation.units" }).max(MAX_CONFIGURED_UNITS, { message: "configurator.validation.units" });

export const saveConfigurationSchema = z.object({
  productId: id,
  name: z.string().trim().min(2, { message: "validation.required" }).max(120, { message: "validation.tooLong" }),
  quantity: configuredUnits,
  selection: selectionField,
});
export type SaveConfigurationInput = z.output<typeof saveConfigurationSchema>;

export const savedConfigurationIdSchema = z.object({ configurationId: id });

export const savedConfigurationListQuery = defineListQuery({
  sorts: ["created", "name", "total"],
  defaultSort: { id: "created", desc: true },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
  },
});
export type SavedConfigurationListQuery = ReturnType<typeof savedConfigurationListQuery.parse>;
export const SAVED_CONFIGURATION_FILTERS = ["q"] as const;
