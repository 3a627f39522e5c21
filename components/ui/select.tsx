import * as React from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "./cn";
import { controlClasses } from "./field-styles";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = React.SelectHTMLAttributes<HTMLSelectElement> & {
  /** Options to render; <option>/<optgroup> children may be used instead or as well. */
  options?: SelectOption[];
  /** A first, empty option (value ""), e.g. "Choose a country"; with `required` the browser rejects it. */
  placeholder?: string;
  ref?: React.Ref<HTMLSelectElement>;
};

/** A native <select>, so it works without JavaScript and with every assistive technology. */
export function Select({ className, options, placeholder, children, required, ref, ...props }: SelectProps) {
  return (
    <div className="relative">
      <select
        ref={ref}
        required={required}
        className={cn(controlClasses, "min-h-11 appearance-none py-2 pr-10 sm:min-h-10", className)}
        {...props}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-500"
      />
    </div>
  );
}
