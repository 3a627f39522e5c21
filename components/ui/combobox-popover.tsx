"use client";

import * as React from "react";
import * as Popover from "@radix-ui/react-popover";
import { Command } from "cmdk";
import { Check, Search } from "lucide-react";
import { cn } from "./cn";
import type { ComboboxProps } from "./combobox";
import type { LoadedPopupProps } from "./deferred-popup";

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

export type ComboboxPopoverProps = Pick<ComboboxProps, "value" | "onChange" | "onBlur" | "options" | "searchLabel" | "emptyText" | "noneLabel">;

/**
 * The Combobox's list (./combobox), loaded on its first use: it takes the button's place,
 * open, and from then on opens and closes as a Radix Popover.
 */
export default function ComboboxPopover({
  trigger,
  value,
  onChange,
  onBlur,
  options,
  searchLabel,
  emptyText,
  noneLabel,
}: ComboboxPopoverProps & LoadedPopupProps) {
  const [open, setOpen] = React.useState(true);
  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) onBlur?.();
      }}
    >
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
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
