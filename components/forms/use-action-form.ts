"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import {
  set,
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type UseFormReturn,
} from "react-hook-form";
import { idleState, type ActionInput, type ActionState, type ServerAction } from "@/lib/http/action-state";
import { useSchemaResolver, type IssueSections, type SchemaSource } from "./resolver";

export type UseActionFormOptions<TValues extends FieldValues, R> = {
  /** A wrapped server action (lib/auth/wrappers/actions.ts), passed in by the page. */
  action: ServerAction<R>;
  /**
   * The zod schema the action parses with: the browser checks the same rules first. Or a
   * function importing it, so that zod loads with the form's first use (see SchemaSource).
   */
  schema?: SchemaSource;
  /** The fields' starting values (what is saved today). */
  defaultValues?: DefaultValues<TValues>;
  /** Sent with every submission but never edited: the tenant slug, ids. */
  hidden?: Record<string, string>;
  /**
   * The catalog sections of rule messages the schema carries beyond "validation." and
   * "auth.errors." (e.g. "activities.validation.dueRequired"), each read by the form with a
   * literal namespace so that its page sends it to the browser:
   * `issues: { "activities.validation": useTranslations("activities.validation") }`.
   */
  issues?: IssueSections;
  /** After the server said yes (close a dialog, refresh the page, sign out). */
  onSuccess?: (state: ActionState<R>) => void;
  /** The state before any submission, e.g. an error carried in the URL. */
  initialState?: ActionState<R>;
};

export type ActionForm<TValues extends FieldValues = FieldValues, R = unknown> = {
  form: UseFormReturn<TValues>;
  /** The server's last answer. */
  state: ActionState<R>;
  /** True from the click until the server answered. */
  pending: boolean;
  /** The server action, for `<form action>`: what a form posted without JavaScript runs. */
  dispatch: (payload: FormData) => void;
  /** Validates in the browser, then sends the values to the server action. */
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  hidden: Record<string, string>;
  /** Fetches the validation code ahead of the first check (<Form> calls it on first focus). */
  prepare: () => void;
  /** Files still on their way to the server (<FileField>): the form is not sent until they land. */
  uploads: PendingUploads;
};

/**
 * A file field's upload in progress, by field name, with the message shown on the field
 * if the form is submitted before it lands — sent then, the form would go without the file.
 */
export type PendingUploads = {
  start: (name: string, message: string) => void;
  finish: (name: string) => void;
};

/** The server's field errors in RHF's nested shape ("invites.1.email" → errors.invites[1].email). */
function serverErrors(state: ActionState): FieldErrors | undefined {
  if (state.status !== "error") return undefined;
  const errors: FieldErrors = {};
  const entries = Object.entries(state.fieldErrors ?? {});
  // A form-level problem without a field of its own still shows in the form's alert.
  if (entries.length === 0 && state.message) set(errors, "root.server", { type: "server", message: state.message });
  // Deepest first, so a list's own error ("invites") lands beside its rows' errors.
  entries.sort(([a], [b]) => b.split(".").length - a.split(".").length);
  for (const [name, message] of entries) {
    const error = { type: "server", message };
    if (name === "_form") set(errors, "root.server", error);
    else if (Array.isArray(errors[name as never])) set(errors, `${name}.root`, error);
    else set(errors, name, error);
  }
  return errors;
}

/**
 * One way to build a form: react-hook-form holding what was typed, the server's zod
 * schema checking it in the browser (every problem at once, in the server's words), then
 * the wrapped server action; the server's field errors land on the same fields. Nothing
 * is reset after an error. Without JavaScript, the same <form> posts to the action and
 * the page comes back with the submitted values and errors (`ActionState.values`).
 */
export function useActionForm<TValues extends FieldValues = FieldValues, R = unknown>({
  action,
  schema,
  defaultValues,
  hidden = {},
  issues,
  onSuccess,
  initialState = idleState as ActionState<R>,
}: UseActionFormOptions<TValues, R>): ActionForm<TValues, R> {
  const [state, dispatch, isPending] = useActionState<ActionState<R>, ActionInput>(action, initialState);
  const resolver = useSchemaResolver<TValues>(schema, hidden, issues);
  // Only a page rendered after a post without JavaScript starts with submitted values.
  const [initialValues] = useState(() =>
    state.values ? ({ ...defaultValues, ...state.values } as DefaultValues<TValues>) : defaultValues,
  );
  const errors = useMemo(() => serverErrors(state), [state]);
  const form = useForm<TValues, unknown, TValues>({
    ...(resolver ? { resolver } : {}),
    ...(initialValues ? { defaultValues: initialValues } : {}),
    ...(errors ? { errors: errors as FieldErrors<TValues> } : {}),
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: true,
  });

  const onSuccessRef = useRef(onSuccess);
  useEffect(() => {
    onSuccessRef.current = onSuccess;
  });
  useEffect(() => {
    if (state.status === "success") onSuccessRef.current?.(state);
  }, [state]);

  const pendingUploads = useRef(new Map<string, string>());
  const uploads = useMemo<PendingUploads>(
    () => ({
      start: (name, message) => void pendingUploads.current.set(name, message),
      finish: (name) => void pendingUploads.current.delete(name),
    }),
    [],
  );

  const onSubmit = (event?: React.BaseSyntheticEvent) => {
    if (pendingUploads.current.size > 0) {
      event?.preventDefault();
      let first = true;
      for (const [name, message] of pendingUploads.current) {
        form.setError(name as never, { type: "uploading", message }, { shouldFocus: first });
        first = false;
      }
      return Promise.resolve();
    }
    // A named submit button is part of the answer (Accept / Decline), as in a plain post.
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter as
      HTMLButtonElement | null | undefined;
    const pressed = submitter?.name ? { [submitter.name]: submitter.value } : {};
    return form.handleSubmit((values) => {
      startTransition(() => dispatch({ ...values, ...hidden, ...pressed }));
    })(event);
  };

  return {
    form,
    state,
    pending: isPending || form.formState.isSubmitting,
    dispatch: dispatch as (payload: FormData) => void,
    onSubmit,
    hidden,
    prepare: resolver?.prepare ?? noop,
    uploads,
  };
}

const noop = () => {};
