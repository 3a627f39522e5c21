"use client";

import * as React from "react";
import * as Popover from "@radix-ui/react-popover";
import { Command } from "cmdk";
import { Check, ChevronsUpDown, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import type { FieldControlProps } from "@/components/forms";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field-styles";
import { Spinner } from "@/components/ui/spinner";
import type { OrderableProduct, ProductSearchPage } from "@/lib/orders/types";

const SEARCH_DELAY_MS = 250;

const ITEM_CLASSES =
  "flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-2 text-sm text-slate-900 " +
  "data-[selected=true]:bg-brand-50 data-[selected=true]:text-brand-900 sm:min-h-9";

type Status = "idle" | "loading" | "error";

/**
 * The cart's product picker for <Field>: a button showing the chosen product that opens a
 * search (Radix Popover + cmdk's ARIA combobox and listbox). What the partner types is
 * searched on the server (`endpoint`: SKU or name, only products it can order, each with
 * the engine's price for one unit), a page at a time ("More products"). Arrow keys move,
 * Enter picks, Escape closes and focus returns to the button; the value is posted in a
 * hidden input, as the form kit's other controls.
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
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState("");
  const [items, setItems] = React.useState<OrderableProduct[]>([]);
  const [next, setNext] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState<Status>("idle");
  const [labels, setLabels] = React.useState<ReadonlyMap<string, string>>(known);
  const request = React.useRef<AbortController | null>(null);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const search = React.useCallback(
    async (q: string, after: string | null) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setStatus("loading");
      const params = new URLSearchParams({ currency, ...(q ? { q } : {}), ...(after ? { after } : {}) });
      try {
        const response = await fetch(`${endpoint}?${params}`, { signal: controller.signal, headers: { accept: "application/json" } });
        if (!response.ok) throw new Error(String(response.status));
        const page = (await response.json()) as ProductSearchPage;
        setItems((previous) => (after ? [...previous, ...page.items] : page.items));
        setNext(page.next);
        setStatus("idle");
      } catch (error) {
        if ((error as Error).name !== "AbortError") setStatus("error");
      }
    },
    [currency, endpoint],
  );

  React.useEffect(() => () => {
    clearTimeout(timer.current);
    request.current?.abort();
  }, []);

  function type(q: string) {
    setText(q);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void search(q.trim(), null), SEARCH_DELAY_MS);
  }

  function choose(product: OrderableProduct) {
    setLabels((previous) => new Map(previous).set(product.id, `${product.sku} · ${product.name}`));
    onChange(product.id);
    setOpen(false);
  }

  const chosen = chosenId ? (labels.get(chosenId) ?? chosenId) : undefined;
  return (
    <Popover.Root
      open={open}
      onOpenChange={(nextOpen) => {
        setOpen(nextOpen);
        if (nextOpen && items.length === 0 && status !== "loading") void search(text.trim(), null);
        if (!nextOpen) onBlur();
      }}
    >
      <input type="hidden" name={name} value={chosenId} />
      <Popover.Trigger asChild>
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
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={4}
          collisionPadding={8}
          aria-label={t("search")}
          className="z-50 w-[max(var(--radix-popover-trigger-width),18rem)] max-w-[calc(100vw-1rem)] rounded-lg border border-slate-200 bg-white shadow-lg outline-none"
        >
          <Command shouldFilter={false} label={t("search")} loop>
            <div className="flex items-center gap-2 border-b border-slate-200 px-3">
              <Search aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
              <Command.Input
                value={text}
                onValueChange={type}
                aria-label={t("search")}
                placeholder={t("search")}
                maxLength={60}
                className="min-h-11 w-full bg-transparent text-base text-slate-900 outline-none placeholder:text-slate-500 sm:min-h-10 sm:text-sm"
              />
              {status === "loading" && <Spinner size="sm" label={t("loading")} />}
            </div>
            <Command.List label={t("search")} aria-busy={status === "loading"} className="max-h-72 overflow-y-auto overscroll-contain p-1">
              {status === "error" ? (
                <Command.Item value="retry" onSelect={() => void search(text.trim(), null)} className={cn(ITEM_CLASSES, "text-red-800")}>
                  <span role="alert">{t("error")}</span>
                </Command.Item>
              ) : (
                status === "idle" && items.length === 0 && <p className="px-3 py-4 text-center text-sm text-slate-600">{t("empty")}</p>
              )}
              {items.map((product) => (
                <Command.Item key={product.id} value={product.id} onSelect={() => choose(product)} className={ITEM_CLASSES}>
                  <Check aria-hidden="true" className={cn("size-4 shrink-0 text-brand-700", product.id === chosenId ? "opacity-100" : "opacity-0")} />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{product.sku}</span>
                    <span className="block truncate text-slate-600">{product.name}</span>
                  </span>
                  <span className="shrink-0 text-slate-700">{t("each", { price: product.price })}</span>
                </Command.Item>
              ))}
              {next && status !== "error" && (
                <Command.Item value="more" disabled={status === "loading"} onSelect={() => void search(text.trim(), next)} className={cn(ITEM_CLASSES, "justify-center font-medium text-brand-800")}>
                  {t("more")}
                </Command.Item>
              )}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
