"use client";

import { createContext, useContext, useEffect, useRef, useSyncExternalStore, type FormHTMLAttributes, type ReactNode } from "react";
import { FormProvider, useFormState, type FieldValues } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonProps } from "@/components/ui/button";
import type { ActionState } from "@/lib/http/action-state";
import type { ActionForm, PendingUploads } from "./use-action-form";

type KitContext = { state: ActionState; pending: boolean; uploads: PendingUploads };

const FormKitContext = createContext<KitContext | null>(null);

const noSubscription = () => () => {};

/**
 * False while the server renders (a page posted without JavaScript is rendered there),
 * true in the browser: forms that finish in the browser (signing in) use it to tell.
 */
export function useScripted(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** The uploads in progress of the surrounding <Form>, if the field is in one. */
export function useFormUploads(): PendingUploads | null {
  return useContext(FormKitContext)?.uploads ?? null;
}

/** The server's last answer and the pending flag of the surrounding <Form>. */
export function useFormKit(): KitContext {
  const context = useContext(FormKitContext);
  if (!context) throw new Error("useFormKit must be used inside <Form>");
  return context;
}

export type FormProps<TValues extends FieldValues, R> = Omit<
  FormHTMLAttributes<HTMLFormElement>,
  "action" | "onSubmit" | "children"
> & {
  kit: ActionForm<TValues, R>;
  children: ReactNode;
};

/**
 * The <form> of the kit. With JavaScript it validates with the schema and calls the
 * action itself (no browser reset, no page load); without, it posts to the same server
 * action and the hidden fields carry the tenant and ids.
 */
export function Form<TValues extends FieldValues, R>({ kit, children, ...props }: FormProps<TValues, R>) {
  return (
    <FormProvider {...kit.form}>
      <FormKitContext.Provider value={{ state: kit.state as ActionState, pending: kit.pending, uploads: kit.uploads }}>
        <form action={kit.dispatch} onSubmit={kit.onSubmit} onFocus={kit.prepare} onPointerDown={kit.prepare} noValidate {...props}>
          {Object.entries(kit.hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {children}
        </form>
      </FormKitContext.Provider>
    </FormProvider>
  );
}

export type FormAlertProps = {
  /** Text shown once the server said yes (success words live with the form). */
  success?: ReactNode;
  /** Off for one-field forms, where the field's own message says it all. */
  fieldSummary?: boolean;
  className?: string;
};

/**
 * The summary line of a form: "please correct the highlighted fields" when the browser
 * or the server found problems, the server's own message for anything else (rate limit,
 * conflict), or the form's success text. Announced by screen readers as it appears.
 */
export function FormAlert({ success, fieldSummary = true, className }: FormAlertProps) {
  const t = useTranslations("errors");
  const { state, pending } = useFormKit();
  const { errors } = useFormState();
  const alertRef = useRef<HTMLDivElement>(null);
  const formProblem = errors.root?.server?.message;
  // A problem with no field to focus (rate limit, conflict): keyboard and screen-reader
  // users are taken to the message instead.
  useEffect(() => {
    if (formProblem) alertRef.current?.focus();
  }, [formProblem, state]);
  if (pending) return null;

  const { root: _root, ...fields } = errors;
  let problem: ReactNode = formProblem;
  if (!problem && fieldSummary && Object.keys(fields).length > 0) {
    // The server's words when the server found them (e.g. "already has access"), else the browser's.
    problem = hasServerError(fields) && state.status === "error" && state.message ? state.message : t("VALIDATION_FAILED");
  }
  if (problem) {
    const details = state.status === "error" && formProblem ? state.details : undefined;
    return (
      <Alert ref={alertRef} tone="error" tabIndex={-1} data-form-alert="" className={className}>
        {problem}
        {details?.length ? (
          <ul className="mt-2 list-disc space-y-1 pl-5" data-form-details="">
            {details.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        ) : null}
      </Alert>
    );
  }
  if (state.status === "success" && success) {
    return (
      <Alert tone="success" className={className}>
        {success}
      </Alert>
    );
  }
  return null;
}

/** Whether any error in RHF's nested errors was put there by the server (type "server"). */
function hasServerError(node: unknown): boolean {
  if (typeof node !== "object" || node === null) return false;
  const entry = node as Record<string, unknown>;
  if (entry.type === "server") return true;
  return Object.entries(entry).some(([key, value]) => key !== "ref" && hasServerError(value));
}

export type FormSubmitProps = Omit<ButtonProps, "type" | "loading" | "asChild"> & {
  /** Text while the form is being sent. Defaults to "Working…"; pass e.g. "Saving…". */
  pendingText?: string;
  /** Busy after the server answered too (e.g. signing in and opening the next page). */
  busy?: boolean;
};

/** The submit button of a kit form: spinner, aria-busy and `pendingText` while sending. */
export function FormSubmit({ pendingText, busy = false, children, ...props }: FormSubmitProps) {
  const { pending } = useFormKit();
  const t = useTranslations("ui");
  return (
    <Button type="submit" loading={pending || busy} loadingText={pendingText ?? t("working")} {...props}>
      {children}
    </Button>
  );
}
