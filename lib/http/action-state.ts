/** What every server action returns to its form (serialisable, already translated). */
export type ActionState<TData = unknown> = {
  status: "idle" | "success" | "error";
  /** Translated summary shown above the form (error or success). */
  message?: string;
  /** Stable error code, for tests and client logic. */
  code?: string;
  /** Translated messages by field name ("email", "invites.1.email"; "_form" for the whole form). */
  fieldErrors?: Record<string, string>;
  /** Translated lines of a report that goes with the message (each contradiction of a rule set). */
  details?: string[];
  /**
   * The submitted values (never passwords or tokens). Only a form posted without
   * JavaScript needs them: the page is rendered again from this state, and the form kit
   * fills the fields from it. With JavaScript the form keeps its own values.
   */
  values?: Record<string, unknown>;
  data?: TData;
};

export const idleState: ActionState = { status: "idle" };

/** What a server action accepts: a form's FormData (no JavaScript) or a plain object. */
export type ActionInput = FormData | Record<string, unknown>;

/** The signature of every wrapped server action (lib/auth/wrappers/actions.ts). */
export type ServerAction<TData = unknown> = (
  prev: ActionState<TData> | undefined,
  input?: ActionInput,
) => Promise<ActionState<TData>>;
