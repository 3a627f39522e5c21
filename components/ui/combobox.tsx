"use client";

import * as React from "react";
import { ChevronsUpDown } from "lucide-react";
import { cn } from "./cn";
import { DeferredPopup } from "./deferred-popup";
import { controlClasses } from "./field-styles";

export type ComboboxOption = {
  value: string;
  label: string;
  /** Extra words a search should find it by (codes, other names). */
  keywords?: string[];
  /** A short text after the label, e.g. "+34" or "GMT+2". */
  detail?: string;
};

export type ComboboxProps = {
  /** Posted with the form (a hidden input), so the value is sent without JavaScript too. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  options: ComboboxOption[];
  /** Shown when nothing is chosen. */
  placeholder: string;
  /** Label and placeholder of the search box, e.g. "Search time zones". */
  searchLabel: string;
  /** Shown when the search matches nothing. */
  emptyText: string;
  /** For optional fields: a first option that clears the choice, e.g. "Not specified". */
  noneLabel?: string;
  id?: string;
  disabled?: boolean;
  className?: string;
  ref?: React.Ref<HTMLElement>;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
  "aria-label"?: string;
  /** Accepted from <Field>; the label's asterisk says it (a button cannot be "required"). */
  required?: boolean;
};

/** The list's code — cmdk, Radix Popover and their helpers — loads when the button is first used. */
const loadPopover = () => import("./combobox-popover");

/**
 * A searchable picker for long lists (countries, time zones): a button that shows the
 * choice and opens a small dialog (Radix Popover) with a search box and the filtered
 * options (cmdk's ARIA combobox + listbox). Arrow keys move, Enter picks, Escape closes
 * and focus returns to the button. The dialog's code is not part of the page: the button
 * is drawn the same before it loads (DeferredPopup), and pressing it loads and opens it.
 */
export function Combobox({
  name,
  value,
  onChange,
  onBlur,
  options,
  placeholder,
  searchLabel,
  emptyText,
  noneLabel,
  id,
  disabled,
  className,
  ref,
  required: _required,
  ...aria
}: ComboboxProps) {
  const selected = options.find((option) => option.value === value);
  const trigger = (
    <button
      ref={ref as React.Ref<HTMLButtonElement>}
      id={id}
      type="button"
      disabled={disabled}
      className={cn(controlClasses, "flex min-h-11 items-center justify-between gap-2 py-2 text-left sm:min-h-10", className)}
      {...aria}
    >
      <span className={cn("min-w-0 truncate", !selected && "text-slate-500")}>
        {selected ? selected.label : placeholder}
        {selected?.detail && <span className="ml-2 text-slate-600">{selected.detail}</span>}
      </span>
      <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
    </button>
  );
  return (
    <>
      <input type="hidden" name={name} value={value ?? ""} />
      <DeferredPopup
        popup="dialog"
        trigger={trigger}
        load={loadPopover}
        props={{ value, onChange, onBlur, options, searchLabel, emptyText, noneLabel }}
      />
    </>
  );
}
