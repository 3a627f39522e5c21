import type { FormAction } from "@/components/backoffice/use-form-action";
import type { ActionState } from "@/lib/http/action-state";

/**
 * A wrapped server action called with a plain object: the wrappers accept one as well as
 * FormData, and it can carry what a form cannot (the preferences' list of events).
 */
export type ObjectAction<R = unknown> = (
  prev: ActionState | undefined,
  input: Record<string, unknown>,
) => Promise<ActionState<R>>;

/** The server actions of the preferences page, in the vendor or the partner flavour. */
export type PreferenceActions = {
  preferences: ObjectAction;
  quietHours: FormAction<{ enabled: boolean }>;
  sendCode: FormAction;
  confirmCode: FormAction;
};

export type EventPreference = { type: string; email: boolean; sms: boolean; inApp: boolean };
