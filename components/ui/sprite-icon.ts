import { createElement, type ReactElement } from "react";
import type { NavIcon } from "@/components/shell/types";

/**
 * Icons drawn from one cached SVG sprite (`/icons/sprite.svg`, app/icons/sprite.svg/route.ts):
 * `<svg><use href="…#name"/></svg>` — two elements and ~150 bytes where the inline icon
 * (components/ui/svg-icon.tsx) is four to seven elements and up to a kilobyte, rendered by
 * the server, decoded, laid out and hydrated on every signed-in page. Used for the icons
 * repeated on every page (the navigation, the top bar's menus, the lists' sort buttons); the rest
 * stay inline. Client-safe: no icon data here, only names.
 */
export const SHELL_SPRITE_ICONS = [
  "bell",
  "menu",
  "chevron-down",
  "chevrons-up-down",
  "arrow-up",
  "arrow-down",
  "arrow-up-down",
] as const;

export type SpriteIconName = NavIcon | (typeof SHELL_SPRITE_ICONS)[number];

/**
 * The sprite's address. The version (a hash of the files the sprite is made from,
 * next.config.mjs) changes whenever its content can, so browsers may keep it for a year.
 */
export const SPRITE_PATH = `/icons/sprite.svg?v=${process.env.CANAL_SPRITE_VERSION ?? "dev"}`;

const elements = new Map<string, ReactElement>();

/**
 * The icon as a reference into the sprite, with this class: built once per process and
 * reused (React elements are immutable). Decorative (`aria-hidden`): the text beside the
 * icon names the control. Sized by its class (`size-5`), else 24 px as lucide's are.
 */
export function spriteIcon(name: SpriteIconName, className?: string): ReactElement {
  const key = `${name} ${className ?? ""}`;
  let element = elements.get(key);
  if (!element) {
    element = createElement(
      "svg",
      { width: 24, height: 24, className, "aria-hidden": "true" },
      createElement("use", { href: `${SPRITE_PATH}#${name}` }),
    );
    elements.set(key, element);
  }
  return element;
}
