"use client";

import { useRef, useState, type ReactNode } from "react";
import { CircleExclamationPoint, Plus, Trash2 } from "lucide-react";
import { useFieldArray, useFormContext, type FieldValues } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useFieldError } from "./field";

export type FieldArrayProps<TRow extends FieldValues> = {
  /** The list's name in the schema ("invites", later "lines"). */
  name: string;
  /** The list's caption (a <legend>). */
  legend: ReactNode;
  /** Shown for screen readers only when the list is obvious from its context. */
  hideLegend?: boolean;
  /** A new, empty row. */
  newRow: () => TRow;
  /** Each row's title, e.g. "Person 2" (also names its remove button). */
  rowLabel: (index: number) => string;
  addLabel: string;
  removeLabel: (index: number) => string;
  /** Said to screen readers after a change, e.g. "Person 3 added" / "Person 2 removed". */
  announce: { added: (index: number) => string; removed: (index: number) => string };
  /** Bounds of the list, as in the schema: the add/remove buttons respect them. */
  min?: number;
  max?: number;
  /** The fields of one row; names are `${name}.${index}.<field>`. */
  children: (row: { index: number; name: (field: string) => string }) => ReactNode;
  className?: string;
};

/**
 * Repeating rows (people to invite, an order's lines): add and remove with the keyboard,
 * focus moves to the new row or to a sensible neighbour after removal, each change is
 * announced, and each row's errors sit on its own fields ("invites.1.email").
 */
export function FieldArray<TRow extends FieldValues>({
  name,
  legend,
  hideLegend = false,
  newRow,
  rowLabel,
  addLabel,
  removeLabel,
  announce,
  min = 0,
  max = Number.POSITIVE_INFINITY,
  children,
  className,
}: FieldArrayProps<TRow>) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const error = useFieldError(name);
  const [message, setMessage] = useState("");
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const errorId = `${name}-error`;

  function add() {
    // react-hook-form focuses the new row's first field.
    append(newRow() as never, { shouldFocus: true });
    setMessage(announce.added(fields.length));
  }

  function removeAt(index: number) {
    remove(index);
    setMessage(announce.removed(index));
    // Focus stays in the list: the row that took this place, else the previous one, else "add".
    requestAnimationFrame(() => {
      const rows = listRef.current?.querySelectorAll<HTMLElement>(":scope > li");
      const row = rows?.[Math.min(index, rows.length - 1)];
      const target = row?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, button");
      (target ?? addRef.current)?.focus();
    });
  }

  return (
    <fieldset className={cn("space-y-3", className)} aria-describedby={error ? errorId : undefined}>
      <legend className={cn("text-sm font-medium text-slate-900", hideLegend && "sr-only")}>{legend}</legend>
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-red-700">
          <CircleExclamationPoint aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      )}
      <ol ref={listRef} role="list" className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.id} className="relative rounded-lg border border-slate-200 p-3 sm:p-4">
            <fieldset className="space-y-3">
              <legend className="min-h-11 pr-14 text-sm leading-[2.75rem] font-semibold text-slate-900 sm:min-h-8 sm:pr-40 sm:leading-8">
                {rowLabel(index)}
              </legend>
              {fields.length > min && (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  className="absolute top-3 right-3 !mt-0 sm:top-4 sm:right-4"
                  onClick={() => removeAt(index)}
                >
                  <Trash2 aria-hidden="true" />
                  <span className="sr-only sm:not-sr-only">{removeLabel(index)}</span>
                </Button>
              )}
              {children({ index, name: (fieldName) => `${name}.${index}.${fieldName}` })}
            </fieldset>
          </li>
        ))}
      </ol>
      {fields.length < max && (
        <Button ref={addRef} type="button" variant="secondary" size="sm" onClick={add}>
          <Plus aria-hidden="true" />
          {addLabel}
        </Button>
      )}
      <p className="sr-only" aria-live="polite">
        {message}
      </p>
    </fieldset>
  );
}
