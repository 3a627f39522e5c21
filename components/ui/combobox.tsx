"use client";

import * as React from "react";
import * as Popover from "@radix-ui/react-popover";
import { Command } from "cmdk";
import { Check, ChevronsUpDown, Search } from "lucide-react";
import { cn } from "./cn";
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

/** The "no choice" option's value inside cmdk (which needs a non-empty one). */
const NONE = "\u0000none";

const ITEM_CLASSES =
  "flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-2 text-sm text-slate-900 " +
  "data-[selected=true]:bg-brand-50 data-[selected=true]:text-brand-900 sm:min-h-9";

/** Lower case without accents, so "mexico" finds "México". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Every word typed must appear; names starting with it rank first. */
function filter(value: string, search: string, keywords?: string[]): number {
  const haystack = fold([value, ...(keywords ?? [])].join(" "));
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (!words.every((word) => haystack.includes(word))) return 0;
  return haystack.startsWith(words[0] ?? "") || haystack.includes(` ${words[0]}`) ? 1 : 0.5;
}

/**
 * A searchable picker for long lists (countries, time zones): a button that shows the
 * choice and opens a small dialog (Radix Popover) with a search box and the filtered
 * options (cmdk's ARIA combobox + listbox). Arrow keys move, Enter picks, Escape closes
 * and focus returns to the button.
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
  const [open, setOpen] = React.useState(false);
  const selected = options.find((option) => option.value === value);

  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) onBlur?.();
      }}
    >
      <input type="hidden" name={name} value={value ?? ""} />
      <Popover.Trigger asChild>
        <button
          ref={ref as React.Ref<HTMLButtonElement>}
          id={id}
          type="button"
          disabled={disabled}
          className={cn(
            controlClasses,
            "flex min-h-11 items-center justify-between gap-2 py-2 text-left sm:min-h-10",
            className,
          )}
          {...aria}
        >
          <span className={cn("min-w-0 truncate", !selected && "text-slate-500")}>
            {selected ? selected.label : placeholder}
            {selected?.detail && <span className="ml-2 text-slate-600">{selected.detail}</span>}
          </span>
          <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={4}
          collisionPadding={8}
          aria-label={searchLabel}
          className="z-50 w-[max(var(--radix-popover-trigger-width),16rem)] max-w-[calc(100vw-1rem)] rounded-lg border border-slate-200 bg-white shadow-lg outline-none"
        >
          <Command filter={filter} label={searchLabel} defaultValue={value || undefined} loop>
            <div className="flex items-center gap-2 border-b border-slate-200 px-3">
              <Search aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
              <Command.Input
                aria-label={searchLabel}
                placeholder={searchLabel}
                className="min-h-11 w-full bg-transparent text-base text-slate-900 outline-none placeholder:text-slate-500 sm:min-h-10 sm:text-sm"
              />
            </div>
            <Command.List label={searchLabel} className="max-h-72 overflow-y-auto overscroll-contain p-1">
              <Command.Empty className="px-3 py-4 text-center text-sm text-slate-600">{emptyText}</Command.Empty>
              {noneLabel && (
                <Command.Item
                  value={NONE}
                  keywords={[noneLabel]}
                  onSelect={() => {
                    onChange("");
                    setOpen(false);
                  }}
                  className={ITEM_CLASSES}
                >
                  <Check aria-hidden="true" className={cn("size-4 shrink-0 text-brand-700", value ? "opacity-0" : "opacity-100")} />
                  <span className="min-w-0 flex-1 truncate text-slate-600">{noneLabel}</span>
                </Command.Item>
              )}
              {options.map((option) => (
                <Command.Item
                  key={option.value}
                  value={option.value}
                  keywords={[option.label, ...(option.keywords ?? [])]}
                  onSelect={() => {
                    onChange(option.value);
                    setOpen(false);
                  }}
                  className={ITEM_CLASSES}
                >
                  <Check
                    aria-hidden="true"
                    className={cn("size-4 shrink-0 text-brand-700", option.value === value ? "opacity-100" : "opacity-0")}
                  />
                  <span className="min-w-0 flex-1 truncate">{option.label}</span>
                  {option.detail && <span className="shrink-0 text-slate-600">{option.detail}</span>}
                </Command.Item>
              ))}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
