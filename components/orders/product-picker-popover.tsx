"use client";

import * as React from "react";
import * as Popover from "@radix-ui/react-popover";
import { Command } from "cmdk";
import { Check, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { LoadedPopupProps } from "@/components/ui/deferred-popup";
import { Spinner } from "@/components/ui/spinner";
import type { OrderableProduct, ProductSearchPage } from "@/lib/orders/types";

const SEARCH_DELAY_MS = 250;

const ITEM_CLASSES =
  "flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-2 text-sm text-slate-900 " +
  "data-[selected=true]:bg-brand-50 data-[selected=true]:text-brand-900 sm:min-h-9";

type Status = "idle" | "loading" | "error";

export type ProductPickerPopoverProps = {
  endpoint: string;
  currency: string;
  chosenId: string;
  /** The picker's own: remembers the product's label for its button and sets the field. */
  choose: (product: OrderableProduct) => void;
  onBlur: () => void;
};

/**
 * The ProductPicker's search (./product-picker.tsx), loaded on its first use: it takes the
 * button's place, open (and searches at once), and from then on opens and closes as a
 * Radix Popover, keeping what was typed and found between openings.
 */
export default function ProductPickerPopover({ trigger, endpoint, currency, chosenId, choose, onBlur }: ProductPickerPopoverProps & LoadedPopupProps) {
  const t = useTranslations("productPicker");
  const [open, setOpen] = React.useState(true);
  const [text, setText] = React.useState("");
  const [items, setItems] = React.useState<OrderableProduct[]>([]);
  const [next, setNext] = React.useState<string | null>(null);
  // It arrives open and searching: the first page of products, as an opening does below.
  const [status, setStatus] = React.useState<Status>("loading");
  const request = React.useRef<AbortController | null>(null);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Fetches a page of products (the status is already "loading"); the state is set when it answers. */
  const fetchPage = React.useCallback(
    (q: string, after: string | null) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      const params = new URLSearchParams({ currency, ...(q ? { q } : {}), ...(after ? { after } : {}) });
      return fetch(`${endpoint}?${params}`, { signal: controller.signal, headers: { accept: "application/json" } })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          return (await response.json()) as ProductSearchPage;
        })
        .then(
          (page) => {
            setItems((previous) => (after ? [...previous, ...page.items] : page.items));
            setNext(page.next);
            setStatus("idle");
          },
          (error: unknown) => {
            if ((error as Error).name !== "AbortError") setStatus("error");
          },
        );
    },
    [currency, endpoint],
  );
  const search = (q: string, after: string | null) => {
    setStatus("loading");
    return fetchPage(q, after);
  };

  React.useEffect(() => {
    void fetchPage("", null);
  }, [fetchPage]);

  React.useEffect(() => () => {
    clearTimeout(timer.current);
    request.current?.abort();
  }, []);

  function type(q: string) {
    setText(q);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void search(q.trim(), null), SEARCH_DELAY_MS);
  }

  function pick(product: OrderableProduct) {
    choose(product);
    setOpen(false);
  }

  return (
    <Popover.Root
      open={open}
      onOpenChange={(nextOpen) => {
        setOpen(nextOpen);
        if (nextOpen && items.length === 0 && status !== "loading") void search(text.trim(), null);
        if (!nextOpen) onBlur();
      }}
    >
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
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
                <Command.Item key={product.id} value={product.id} onSelect={() => pick(product)} className={ITEM_CLASSES}>
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
