import type { ServerAction } from "@/lib/http/action-state";

/** The server actions of the preferences page, in the vendor or the partner flavour. */
export type PreferenceActions = {
  preferences: ServerAction;
  quietHours: ServerAction<{ enabled: boolean }>;
  sendCode: ServerAction;
  confirmCode: ServerAction;
};

export type EventPreference = { type: string; email: boolean; sms: boolean; inApp: boolean };
