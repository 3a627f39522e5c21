import * as React from "react";
import { cn } from "./cn";
import { controlClasses } from "./field-styles";

export type InputProps = React.InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> };

/** A text-like <input>. 44px tall on phones, 40px from `sm`. Pair it with <FormField> for a label. */
export function Input({ className, type = "text", ref, ...props }: InputProps) {
  return (
    <input
      ref={ref}
      type={type}
      className={cn(
        controlClasses,
        "[&[readonly]]:bg-slate-50 min-h-11 py-2 sm:min-h-10",
        type === "file" && "py-1.5",
        className,
      )}
      {...props}
    />
  );
}
