import * as React from "react";
import { CircleExclamationPoint } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "./cn";
import { Label } from "./label";

/** Props FormField gives its control so label, hint and error are programmatically linked. */
export type FormControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
};

export type FormFieldProps = {
  label: React.ReactNode;
  /** Id of the control; generated when omitted (or taken from the child's own `id`). */
  id?: string;
  /** Help text under the label, linked with aria-describedby. */
  hint?: React.ReactNode;
  /** Translated error(s) shown right under the control; sets aria-invalid. */
  error?: string | string[] | null;
  required?: boolean;
  /** Marks the field "(optional)" instead (for forms where most fields are required). */
  optional?: boolean;
  className?: string;
  /**
   * The control: an element (Input, Select, Textarea…) that receives id/aria props by
   * cloning, or a function receiving them for composite controls.
   */
  children: React.ReactElement<Record<string, unknown>> | ((props: FormControlProps) => React.ReactNode);
};

export function FormField({ label, id, hint, error, required, optional, className, children }: FormFieldProps) {
  const t = useTranslations("ui");
  const generatedId = React.useId();
  const childId =
    typeof children !== "function" && typeof children.props.id === "string" ? children.props.id : undefined;
  const controlId = id ?? childId ?? `field${generatedId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errors = (Array.isArray(error) ? error : error ? [error] : []).filter(Boolean);
  const errorId = errors.length > 0 ? `${controlId}-error` : undefined;

  const controlProps: FormControlProps = {
    id: controlId,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    "aria-invalid": errorId ? true : undefined,
    required: required || undefined,
  };

  let control: React.ReactNode;
  if (typeof children === "function") {
    control = children(controlProps);
  } else {
    const own = children.props["aria-describedby"];
    const describedBy = [typeof own === "string" ? own : undefined, controlProps["aria-describedby"]]
      .filter(Boolean)
      .join(" ");
    control = React.cloneElement(children, {
      ...controlProps,
      required: required ?? children.props.required,
      "aria-describedby": describedBy || undefined,
    });
  }

  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={controlId} requiredText={required ? t("required") : undefined}>
        {label}
        {optional && !required && <span className="ml-1 font-normal text-slate-600">({t("optional")})</span>}
      </Label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {control}
      {errorId && (
        <div id={errorId} className="space-y-0.5">
          {errors.map((message) => (
            <p key={message} className="flex items-start gap-1.5 text-sm font-medium text-red-700">
              <CircleExclamationPoint aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span>{message}</span>
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
