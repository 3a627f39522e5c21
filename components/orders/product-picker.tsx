"use client";

import * as React from "react";
import { ChevronsUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import type { FieldControlProps } from "@/components/forms";
import { cn } from "@/components/ui/cn";
import { DeferredPopup } from "@/components/ui/deferred-popup";
import { controlClasses } from "@/components/ui/field-styles";
import type { OrderableProduct } from "@/lib/orders/types";

/** The search's code — cmdk (which brings Radix Dialog along), Radix Popover — loads when the button is first used. */
const loadPopover = () => import("./product-picker-popover");

/**
 * The cart's product picker for <Field>: a button showing the chosen product that opens a
 * search (Radix Popover + cmdk's ARIA combobox and listbox, ./product-picker-popover.tsx).
 * What the partner types is searched on the server (`endpoint`: SKU or name, only products
 * it can order, each with the engine's price for one unit), a page at a time ("More
 * products"). Arrow keys move, Enter picks, Escape closes and focus returns to the button;
 * the value is posted in a hidden input, as the form kit's other controls. The search's
 * code is not part of the page: the button is drawn the same before it loads
 * (DeferredPopup), and pressing it loads and opens it, as the Combobox does.
 */
export function ProductPicker({
  endpoint,
  currency,
  known,
  name,
  value,
  onChange,
  onBlur,
  ref,
  disabled,
  required: _required,
  ...control
}: FieldControlProps & { endpoint: string; currency: string; known: ReadonlyMap<string, string>; required?: boolean }) {
  const t = useTranslations("productPicker");
  const chosenId = typeof value === "string" ? value : "";
  const [labels, setLabels] = React.useState<ReadonlyMap<string, string>>(known);
  const choose = React.useCallback(
    (product: OrderableProduct) => {
      setLabels((previous) => new Map(previous).set(product.id, `${product.sku} · ${product.name}`));
      onChange(product.id);
    },
    [onChange],
  );

  const chosen = chosenId ? (labels.get(chosenId) ?? chosenId) : undefined;
  const trigger = (
    <button
      ref={ref as React.Ref<HTMLButtonElement>}
      type="button"
      disabled={disabled}
      className={cn(controlClasses, "flex min-h-11 items-center justify-between gap-2 py-2 text-left sm:min-h-10")}
      {...control}
    >
      <span className={cn("min-w-0 truncate", !chosen && "text-slate-500")}>{chosen ?? t("placeholder")}</span>
      <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
    </button>
  );
  return (
    <>
      <input type="hidden" name={name} value={chosenId} />
      <DeferredPopup popup="dialog" trigger={trigger} load={loadPopover} props={{ endpoint, currency, chosenId, choose, onBlur }} />
    </>
  );
}
