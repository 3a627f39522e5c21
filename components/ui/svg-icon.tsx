import { createElement, type ReactElement } from "react";
import type { LucideIcon, LucideIconData } from "lucide-react";

/**
 * A lucide icon as plain SVG, with the markup lucide's own component renders — the same
 * attributes, classes (`lucide lucide-<name>`) and paths — but none of its per-render work:
 * lucide's `Icon` reads a context, rebuilds every attribute object and splits and merges
 * class names for each icon of each render, and being a client component it travels in the
 * RSC payload as a client reference with its path data when a server component renders it.
 * Here the icon's path elements are built once per process (`svgIcon`), and its `<svg>`
 * element once per class name (`svgElement`, or the `Svg` component): server-safe and
 * client-safe alike. Used for icons that render often but must paint with the page's first
 * frame (the brand mark, the search and language buttons, the lists' phone toggle); the
 * navigation's and menus' icons come from the sprite instead (sprite-icon.ts). Icons are
 * always decorative here (`aria-hidden`): the text beside them names the control.
 */
export type SvgIconData = { readonly className: string; readonly children: readonly ReactElement[] };

/** How lucide strokes its shapes (the icon sprite's symbols use the same, sprite-sheet.ts). */
export const LUCIDE_STROKE = {
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2,
  strokeLinecap: "round",
  strokeLinejoin: "round",
} as const;

const ATTRIBUTES = {
  xmlns: "http://www.w3.org/2000/svg",
  width: 24,
  height: 24,
  viewBox: "0 0 24 24",
  ...LUCIDE_STROKE,
} as const;

type ForwardRefIcon = { render(props: object, ref: null): ReactElement<{ icon?: LucideIconData }> };

/** lucide's icon data, read from the element its component renders (`<Icon icon={data} />`). */
export function lucideIconData(icon: LucideIcon): LucideIconData {
  const data = (icon as unknown as ForwardRefIcon).render({}, null).props.icon;
  if (!data || !Array.isArray(data.node) || (data.size ?? 24) !== 24) {
    throw new Error(`svgIcon: ${icon.displayName ?? "an icon"} is not a 24×24 lucide icon this version understands`);
  }
  return data;
}

const prepared = new WeakMap<LucideIcon, SvgIconData>();

/** The icon's class names and path elements, built once per process. */
export function svgIcon(icon: LucideIcon): SvgIconData {
  let found = prepared.get(icon);
  if (!found) {
    const data = lucideIconData(icon);
    const names = [data.name, ...(data.aliases ?? [])].filter((name): name is string => typeof name === "string" && name.trim() !== "");
    found = {
      className: ["lucide", ...names.map((name) => `lucide-${name}`)].join(" "),
      children: data.node.map(([tag, attributes]) => createElement(tag, attributes)),
    };
    prepared.set(icon, found);
  }
  return found;
}

const elements = new WeakMap<SvgIconData, Map<string, ReactElement>>();

/**
 * The icon's `<svg>` element with this class, built once per process and reused: React
 * elements are immutable descriptions, so a component can return the same one on every
 * render — no props object, no attribute copy, no component call per icon. Put it in the
 * tree as a value: `{svgElement(icon, "size-5")}`. Decorative (`aria-hidden`).
 */
export function svgElement(icon: SvgIconData, className?: string): ReactElement {
  let byClass = elements.get(icon);
  if (!byClass) elements.set(icon, (byClass = new Map()));
  const key = className ?? "";
  let element = byClass.get(key);
  if (!element) {
    element = createElement(
      "svg",
      { ...ATTRIBUTES, className: className ? `${icon.className} ${className}` : icon.className, "aria-hidden": "true" },
      ...icon.children,
    );
    byClass.set(key, element);
  }
  return element;
}

/** The same as a component: `<Svg icon={svgIcon(Bell)} className="size-5" />`. */
export function Svg({ icon, className }: { icon: SvgIconData; className?: string | undefined }) {
  return svgElement(icon, className);
}
