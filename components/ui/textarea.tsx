import * as React from "react";
import { cn } from "./cn";
import { controlClasses } from "./field-styles";

export type TextareaProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & {
  ref?: React.Ref<HTMLTextAreaElement>;
};

/** A multi-line text control that the user can resize vertically. */
export function Textarea({ className, rows = 4, ref, ...props }: TextareaProps) {
  return (
    <textarea
      ref={ref}
      rows={rows}
      className={cn(controlClasses, "[&[readonly]]:bg-slate-50 resize-y py-2", className)}
      {...props}
    />
  );
}
