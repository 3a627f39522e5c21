import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";
import { timeZoneSchema } from "@/lib/tenancy/schema";

export const DELIVERY_STATUSES = ["QUEUED", "SENDING", "SENT", "DELIVERED", "FAILED", "BOUNCED", "DEAD", "SUPPRESSED"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Checkbox values arrive as "on"/"true" (or are absent when unticked). */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const preferencesSchema = z.object({
  events: z
    .array(z.object({ type: z.string().max(64), email: checkbox, sms: checkbox, inApp: checkbox }))
    .max(50),
});

/** "HH:MM" from a time input; empty or absent means "not set". */
const timeOfDay = z
  .string()
  .trim()
  .refine((value) => value === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), { message: "validation.time" })
  .optional();

const minutesOf = (time: string | undefined) =>
  time ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) : null;

/**
 * Quiet hours: the form's switch (`quietMode`) says on or off — "off" ignores the times
 * still typed in the disabled fields; without it (API), both times set means on, neither
 * means off. The output is minutes after local midnight, or null for none.
 */
export const quietHoursSchema = z
  .object({
    quietMode: z.enum(["on", "off"]).optional(),
    quietHoursStart: timeOfDay,
    quietHoursEnd: timeOfDay,
    timeZone: timeZoneSchema,
  })
  .superRefine((v, ctx) => {
    if (v.quietMode === "off") return;
    const start = v.quietHoursStart ?? "";
    const end = v.quietHoursEnd ?? "";
    if (v.quietMode === "on") {
      if (!start) ctx.addIssue({ code: "custom", path: ["quietHoursStart"], message: "validation.required" });
      if (!end) ctx.addIssue({ code: "custom", path: ["quietHoursEnd"], message: "validation.required" });
    } else if (!start !== !end) {
      ctx.addIssue({ code: "custom", path: ["quietHoursEnd"], message: "validation.quietHoursBoth" });
    }
    if (start && start === end) {
      ctx.addIssue({ code: "custom", path: ["quietHoursEnd"], message: "validation.quietHoursSame" });
    }
  })
  .transform(({ quietMode, quietHoursStart, quietHoursEnd, timeZone }) => ({
    quietHoursStart: quietMode === "off" ? null : minutesOf(quietHoursStart),
    quietHoursEnd: quietMode === "off" ? null : minutesOf(quietHoursEnd),
    timeZone,
  }));

export const phoneCodeSchema = z.object({
  code: z.string().trim().regex(/^\d{6}$/, { message: "validation.code" }),
  /** Turn on text messages for the user's alerts in the same step. */
  enableSms: checkbox,
});
export const notificationIdSchema = z.object({ notificationId: z.string().min(1).max(64) });
export const deliveryIdSchema = z.object({ deliveryId: z.string().min(1).max(64) });

/** Several deliveries at once (bulk retry): ids comma-separated, at most one page's worth. */
export const deliveryIdsSchema = z.object({
  deliveryIds: z
    .string()
    .max(100 * 64)
    .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))])
    .pipe(z.array(z.string().min(1).max(64)).min(1).max(100)),
});

export const DELIVERY_CHANNELS = ["EMAIL", "SMS"] as const;
export type DeliveryChannelValue = (typeof DELIVERY_CHANNELS)[number];

/** The delivery log's URL state: `?status=DEAD&channel=EMAIL&q=ana@&sort=-created`. */
export const deliveryListQuery = defineListQuery({
  sorts: ["created", "status", "attempts", "next"],
  defaultSort: { id: "created", desc: true },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    status: z.enum(DELIVERY_STATUSES).optional().catch(undefined),
    channel: z.enum(DELIVERY_CHANNELS).optional().catch(undefined),
  },
});
export const DELIVERY_LIST_FILTERS = ["q", "status", "channel"] as const;
export type DeliveryListQuery = ReturnType<typeof deliveryListQuery.parse>;

/** One entry of a user's notification list (translated at display time from `type` and `params`). */
export type NotificationItem = {
  id: string;
  type: string;
  params: Record<string, string>;
  link: string;
  readAt: Date | null;
  createdAt: Date;
};

export type NotificationList = { rows: NotificationItem[]; total: number; unread: number; page: number; pageSize: number };

/** What the preferences page shows: each tunable event's channels, the phone and quiet hours. */
export type NotificationSettings = {
  events: { type: string; email: boolean; sms: boolean; inApp: boolean }[];
  phone: string | null;
  phoneVerified: boolean;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  timeZone: string;
};
