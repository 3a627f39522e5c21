"use client";

import { cloneElement, useCallback, useEffect, useRef, useState, type ComponentType, type ReactElement, type SyntheticEvent } from "react";

/** How the person opened a deferred popup: a keyboard opens a menu on its first item. */
export type OpenedBy = "pointer" | "keyboard";

/** What the loaded half of a deferred popup receives besides its own props. */
export type LoadedPopupProps = {
  /** The trigger to wrap in the popup's own Trigger (`asChild`): the same button as before. */
  trigger: ReactElement;
  openedBy: OpenedBy;
};

/** What DeferredPopup gives its trigger before the code has loaded (a Button takes them all). */
export type PopupTriggerProps = {
  "aria-haspopup"?: "menu" | "dialog";
  "aria-expanded"?: boolean;
  onClick?: (event: SyntheticEvent) => void;
  onKeyDown?: (event: SyntheticEvent) => void;
  onFocus?: (event: SyntheticEvent) => void;
  onPointerEnter?: (event: SyntheticEvent) => void;
};

export type DeferredPopupProps<P> = {
  /** The button that opens the popup, drawn the same before and after its code loads. */
  trigger: ReactElement<PopupTriggerProps>;
  popup: "menu" | "dialog";
  /** `() => import("./x-menu")`: a module whose default export renders popup and trigger. */
  load: () => Promise<{ default: ComponentType<P & LoadedPopupProps> }>;
  props: P;
  /** Open on arrival (e.g. a "New …" link to the page): the code is fetched at once. */
  defaultOpen?: boolean;
};

/**
 * A component loaded on first use: `preload()` fetches its code (hover, focus), `request()`
 * fetches it and renders it from then on (`Component` is null until it has arrived). A
 * failed fetch (offline) is forgotten, so the next attempt fetches again.
 */
export function useDeferredComponent<C>(load: () => Promise<{ default: C }>) {
  const [Component, setComponent] = useState<C | null>(null);
  const loading = useRef<Promise<C> | null>(null);
  const fetchComponent = useCallback(() => {
    loading.current ??= load().then(
      (module) => module.default,
      (error: unknown) => {
        loading.current = null;
        throw error;
      },
    );
    return loading.current;
  }, [load]);
  const preload = useCallback(() => void fetchComponent().catch(() => undefined), [fetchComponent]);
  const request = useCallback(
    () => void fetchComponent().then((component) => setComponent(() => component), () => undefined),
    [fetchComponent],
  );
  return { Component, preload, request };
}

/**
 * A menu or dialog whose code (Radix, the content) loads when it is first opened, not with
 * the page: until then only its trigger is rendered — a plain button with the same looks
 * and the same `aria-haspopup` / `aria-expanded` — and hovering or focusing it fetches the
 * code ahead. Once loaded, the popup's own component takes its place, open, and keeps it:
 * later openings are the popup's own. Keyboard: Enter or Space (and ArrowDown on a menu)
 * open it as they would the real trigger; focus goes into the popup as Radix puts it there,
 * and back to the (same-looking) trigger when it closes. `defaultOpen` (a "?new=1" link to
 * the page) fetches the code at once and the popup arrives open, as if the button had been
 * pressed.
 */
export function DeferredPopup<P extends object>({ trigger, popup, load, props, defaultOpen = false }: DeferredPopupProps<P>) {
  const { Component: Loaded, preload, request } = useDeferredComponent(load);
  const [openedBy, setOpenedBy] = useState<OpenedBy>("pointer");
  useEffect(() => {
    if (defaultOpen) request();
  }, [defaultOpen, request]);
  const open = (by: OpenedBy) => {
    setOpenedBy(by);
    request();
  };

  if (Loaded) return <Loaded {...props} trigger={trigger} openedBy={openedBy} />;
  return cloneElement(trigger, {
    "aria-haspopup": popup,
    "aria-expanded": false,
    onPointerEnter: preload,
    onFocus: preload,
    // A click from the keyboard (Enter, Space) has no pointer position: detail is 0.
    onClick: (event) => open((event.nativeEvent as MouseEvent).detail === 0 ? "keyboard" : "pointer"),
    onKeyDown: (event) => {
      if (popup === "menu" && (event.nativeEvent as KeyboardEvent).key === "ArrowDown") {
        event.preventDefault();
        open("keyboard");
      }
    },
  });
}

/**
 * For the loaded half of a menu: opened from the keyboard, its first item gets the focus,
 * as Radix does when its own trigger is used with the keyboard (Radix had not seen that
 * key press: it was not loaded yet). Give the returned ref to the menu's content.
 */
export function useKeyboardEntry(openedBy: OpenedBy) {
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (openedBy !== "keyboard") return;
    const frame = requestAnimationFrame(() => {
      content.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [openedBy]);
  return content;
}
