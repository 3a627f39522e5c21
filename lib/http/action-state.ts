/** What every server action returns to its form (serialisable, already translated). */
export type ActionState<TData = unknown> = {
  status: "idle" | "success" | "error";
  /** Translated summary shown above the form (error or success). */
  message?: string;
  /** Stable error code, for tests and client logic. */
  code?: string;
  /** Translated messages next to each field. */
  fieldErrors?: Record<string, string>;
  /** The submitted values, so a failed form keeps what the user typed (never passwords). */
  values?: Record<string, string>;
  data?: TData;
};

export const idleState: ActionState = { status: "idle" };
