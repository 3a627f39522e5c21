import * as React from "react";
import { cn } from "./cn";

export type LabelProps = React.LabelHTMLAttributes<HTMLLabelElement> & {
  /** Adds a visual asterisk and, for screen readers, the word passed here (e.g. "required"). */
  requiredText?: string;
};

export function Label({ className, children, requiredText, ...props }: LabelProps) {
  return (
    <label className={cn("block text-sm font-medium text-slate-900", className)} {...props}>
      {children}
      {requiredText && (
        <>
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
          <span className="sr-only"> ({requiredText})</span>
        </>
      )}
    </label>
  );
}
