import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";

/** Inputs of shipment prioritisation (lib/orders/queue.ts). Client-safe. */

const weight = z.coerce
  .number({ message: "fulfilment.validation.weight" })
  .int({ message: "fulfilment.validation.weight" })
  .min(0, { message: "fulfilment.validation.weight" })
  .max(100, { message: "fulfilment.validation.weight" });
const days = z.coerce
  .number({ message: "fulfilment.validation.days" })
  .int({ message: "fulfilment.validation.days" })
  .min(1, { message: "fulfilment.validation.days" })
  .max(365, { message: "fulfilment.validation.days" });

/** The weights form: each weight 0–100 points, the day spans 1–365, the value cap an amount of the tenant's currency. */
export const priorityWeightsSchema = z.object({
  version: z.coerce.number().int().min(0),
  tierWeight: weight,
  ageWeight: weight,
  ageDays: days,
  requestedWeight: weight,
  requestedWindowDays: days,
  valueWeight: weight,
  valueCap: z.string().trim().min(1, { message: "validation.required" }).max(20, { message: "orders.validation.amount" }),
  priorityFlagWeight: weight,
  standingWeight: weight,
});
export type PriorityWeightsInput = z.infer<typeof priorityWeightsSchema>;

/** The allocation queue: orders waiting for stock, highest score first (the one sort), by partner. */
export const allocationQueueQuery = defineListQuery({
  sorts: ["score"],
  defaultSort: { id: "score", desc: true },
  filters: { partner: z.string().regex(/^ptn_[a-z0-9]{1,40}$/).optional().catch(undefined) },
});
export type AllocationQueueQuery = ReturnType<typeof allocationQueueQuery.parse>;
export const ALLOCATION_QUEUE_FILTERS = ["partner"] as const;

/** "Allocate in priority order": no input besides the tenant. */
export const allocateByPrioritySchema = z.object({});
