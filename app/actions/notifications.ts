"use server";

import { z } from "zod";
import type { TenantCtx } from "@/lib/auth/context";
import { partnerAction, vendorAction } from "@/lib/auth/wrappers";
import {
  deliveryIdSchema,
  notificationIdSchema,
  phoneCodeSchema,
  preferencesSchema,
  quietHoursSchema,
} from "@/lib/notify/schema";
import {
  confirmPhoneVerification,
  markAllNotificationsRead,
  markNotificationRead,
  retryDelivery,
  startPhoneVerification,
  updateNotificationPreferences,
  updateQuietHours,
} from "@/lib/notify/service";

/**
 * The bell, the notification center and the preferences page exist in the back office and
 * in the portal; each action comes in both audiences, with the same self-service
 * permission on each side (every seat has its own notifications). The delivery log is
 * vendor-only.
 */
const area = (ctx: TenantCtx) => `/${ctx.tenant.slug}/${ctx.audience === "vendor" ? "admin" : "portal"}`;
const centerPath = (ctx: TenantCtx) => `${area(ctx)}/notifications`;
const settingsPath = (ctx: TenantCtx) => `${area(ctx)}/profile/notifications`;
const none = z.object({});

const markRead = async (ctx: TenantCtx, input: z.output<typeof notificationIdSchema>) => {
  await markNotificationRead(ctx, input);
  return null;
};
const markAll = async (ctx: TenantCtx) => {
  await markAllNotificationsRead(ctx);
  return null;
};
const savePreferences = async (ctx: TenantCtx, input: z.output<typeof preferencesSchema>) => {
  await updateNotificationPreferences(ctx, input);
  return null;
};
/** Echoes what was saved so the form can say "quiet hours are off" or "saved". */
const saveQuietHours = async (ctx: TenantCtx, input: z.output<typeof quietHoursSchema>) => {
  await updateQuietHours(ctx, input);
  return { enabled: input.quietHoursStart !== null };
};
const sendCode = async (ctx: TenantCtx) => {
  await startPhoneVerification(ctx);
  return null;
};
const confirmCode = async (ctx: TenantCtx, input: z.output<typeof phoneCodeSchema>) => {
  await confirmPhoneVerification(ctx, input);
  return null;
};

export const vendorMarkNotificationReadAction = vendorAction("notifications.read", notificationIdSchema, markRead, {
  revalidate: centerPath,
});
export const partnerMarkNotificationReadAction = partnerAction("notifications.read", notificationIdSchema, markRead, {
  revalidate: centerPath,
});

export const vendorMarkAllNotificationsReadAction = vendorAction("notifications.read", none, markAll, {
  revalidate: centerPath,
});
export const partnerMarkAllNotificationsReadAction = partnerAction("notifications.read", none, markAll, {
  revalidate: centerPath,
});

export const vendorUpdatePreferencesAction = vendorAction("notifications.configure", preferencesSchema, savePreferences, {
  revalidate: settingsPath,
});
export const partnerUpdatePreferencesAction = partnerAction("notifications.configure", preferencesSchema, savePreferences, {
  revalidate: settingsPath,
});

export const vendorUpdateQuietHoursAction = vendorAction("notifications.configure", quietHoursSchema, saveQuietHours, {
  revalidate: settingsPath,
});
export const partnerUpdateQuietHoursAction = partnerAction("notifications.configure", quietHoursSchema, saveQuietHours, {
  revalidate: settingsPath,
});

export const vendorStartPhoneVerificationAction = vendorAction("notifications.configure", none, sendCode);
export const partnerStartPhoneVerificationAction = partnerAction("notifications.configure", none, sendCode);

export const vendorConfirmPhoneVerificationAction = vendorAction("notifications.configure", phoneCodeSchema, confirmCode, {
  revalidate: settingsPath,
});
export const partnerConfirmPhoneVerificationAction = partnerAction("notifications.configure", phoneCodeSchema, confirmCode, {
  revalidate: settingsPath,
});

export const retryDeliveryAction = vendorAction(
  "deliveries.retry",
  deliveryIdSchema,
  async (ctx, input) => {
    await retryDelivery(ctx, input);
    return null;
  },
  { revalidate: (ctx) => `/${ctx.tenant.slug}/admin/deliveries` },
);
