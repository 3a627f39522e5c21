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
import { lucideIconData } from "./svg-icon";
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

const escapeAttribute = (value: unknown) =>
  String(value).replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

/** lucide's element data (`["path", { d, key }]`) as markup: React's `key` is not an attribute. */
function shape(node: LucideIconData["node"][number]): string {
  const [tag, attributes, children = []] = node;
  const written = Object.entries(attributes)
    .filter(([name]) => name !== "key")
    .map(([name, value]) => ` ${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escapeAttribute(value)}"`);
  return `<${tag}${written.join("")}>${children.map(shape).join("")}</${tag}>`;
}

/**
 * The sprite: one `<symbol>` per icon, holding lucide's own shapes inside a group with
 * lucide's stroke attributes (a `<use>` copy inherits from the group, so the icon looks
 * exactly as lucide's component draws it, in the text colour of the element using it).
 */
export function spriteSheet(): string {
  const symbols = Object.entries(spriteIcons).map(
    ([name, icon]) =>
      `<symbol id="${name}" viewBox="0 0 24 24"><g fill="none" stroke="currentColor" stroke-width="2" ` +
      `stroke-linecap="round" stroke-linejoin="round">${lucideIconData(icon).node.map(shape).join("")}</g></symbol>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>`;
}
