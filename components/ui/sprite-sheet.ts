import "server-only";
import {
  ArrowDown,
  ArrowUp,
  ArrowUpDown,
  Bell,
  ChevronDown,
  ChevronsUpDown,
  Menu,
  type LucideIcon,
  type LucideIconData,
} from "lucide-react";
import { navIcons } from "@/components/shell/nav-icons";
import { escapeHtml } from "@/lib/http/escape-html";
import { LUCIDE_STROKE, lucideIconData } from "./svg-icon";
import type { SHELL_SPRITE_ICONS, SpriteIconName } from "./sprite-icon";

const shellIcons: Record<(typeof SHELL_SPRITE_ICONS)[number], LucideIcon> = {
  bell: Bell,
  menu: Menu,
  "chevron-down": ChevronDown,
  "chevrons-up-down": ChevronsUpDown,
  "arrow-up": ArrowUp,
  "arrow-down": ArrowDown,
  "arrow-up-down": ArrowUpDown,
};

/** Every sprite icon with the lucide icon it draws. */
export const spriteIcons: Record<SpriteIconName, LucideIcon> = { ...navIcons, ...shellIcons };

/** lucide's element data (`["path", { d, key }]`) as markup: React's `key` is not an attribute. */
function shape(node: LucideIconData["node"][number]): string {
  const [tag, attributes, children = []] = node;
  const written = Object.entries(attributes)
    .filter(([name]) => name !== "key")
    .map(([name, value]) => ` ${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escapeHtml(String(value))}"`);
  return `<${tag}${written.join("")}>${children.map(shape).join("")}</${tag}>`;
}

/**
 * The sprite: one `<symbol>` per icon, holding lucide's own shapes inside a group with
 * lucide's stroke attributes (`LUCIDE_STROKE`; a `<use>` copy inherits from the group, so
 * the icon looks exactly as lucide's component draws it, in the text colour of the element
 * using it).
 */
export function spriteSheet(): string {
  const symbols = Object.entries(spriteIcons).map(
    ([name, icon]) =>
      `<symbol id="${name}" viewBox="0 0 24 24">${shape(["g", LUCIDE_STROKE, lucideIconData(icon).node])}</symbol>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>`;
}
