"use client";

import { cloneElement, type ReactElement, type ReactNode, type Ref } from "react";
import { get, useController, useFormContext, useFormState, type UseFormReturn } from "react-hook-form";
import { FormField, type FormControlProps, type FormFieldProps } from "@/components/ui/form-field";

/** What a custom control (combobox, phone number) receives from <Field>. */
export type FieldControlProps = FormControlProps & {
  name: string;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  ref: Ref<HTMLElement>;
  disabled?: boolean;
};

export type FieldProps = Omit<FormFieldProps, "error" | "children"> & {
  /** The value's name in the schema, dotted for lists ("invites.0.email"). */
  name: string;
  /**
   * A native control (Input, Select, Textarea, checkbox…) that is registered as it is,
   * or a function rendering a custom control from the field's value and onChange.
   */
  children: ReactElement<Record<string, unknown>> | ((control: FieldControlProps) => ReactNode);
};

/** The translated message of a field (a list's own message sits in `root`), browser's or server's. */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState({ name, exact: true });
  const error = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return typeof message === "string" ? message : undefined;
}

/**
 * `register(name)` plus the starting value as the element's default, so the server's HTML
 * already shows it: a page that JavaScript has not (yet) taken over — or a form posted
 * without it and rendered again — displays the same values as the live form.
 */
export function useRegister(form?: { register: unknown; formState: unknown }) {
  const context = useFormContext();
  // Inside <Form> the context has it; the component that creates the form passes its own.
  const { register, formState } = (form ?? context) as UseFormReturn;
  return (name: string, control: { type?: unknown; value?: unknown } = {}) => {
    const initial: unknown = get(formState.defaultValues, name);
    let defaults: Record<string, unknown> = {};
    if (control.type === "checkbox") defaults = { defaultChecked: initial === true || initial === "on" };
    else if (control.type === "radio") defaults = { defaultChecked: initial === control.value };
    else if (control.type !== "password" && (typeof initial === "string" || typeof initial === "number")) {
      defaults = { defaultValue: initial };
    }
    return { ...register(name), ...defaults };
  };
}

/**
 * A labelled form field of the kit: label, hint, the control, and the field's error from
 * the schema (in the browser) or the server, linked with aria-describedby/aria-invalid.
 */
export function Field(props: FieldProps) {
  return typeof props.children === "function" ? <CustomField {...props} /> : <RegisteredField {...props} />;
}

function RegisteredField({ name, children, ...rest }: FieldProps) {
  const register = useRegister();
  const error = useFieldError(name);
  const element = children as ReactElement<Record<string, unknown>>;
  const own = element.props;
  const registration = register(name, { type: own.type, value: own.value });
  const control = cloneElement(element, {
    ...registration,
    // A control's own handlers (e.g. light clean-up while typing) run too.
    onChange: (event: unknown) => {
      (own.onChange as ((event: unknown) => void) | undefined)?.(event);
      return registration.onChange(event as { target: unknown });
    },
    onBlur: (event: unknown) => {
      (own.onBlur as ((event: unknown) => void) | undefined)?.(event);
      return registration.onBlur(event as { target: unknown });
    },
  });
  return (
    <FormField {...rest} error={error}>
      {control}
    </FormField>
  );
}

function CustomField({ name, children, ...rest }: FieldProps) {
  const { field } = useController({ name });
  const error = useFieldError(name);
  const render = children as (control: FieldControlProps) => ReactNode;
  return (
    <FormField {...rest} error={error}>
      {(controlProps) =>
        render({
          ...controlProps,
          name: field.name,
          value: field.value,
          onChange: field.onChange,
          onBlur: field.onBlur,
          ref: field.ref,
          ...(field.disabled ? { disabled: true } : {}),
        })
      }
    </FormField>
  );
}
