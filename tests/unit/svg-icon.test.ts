import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Bell, ChevronDown, Languages, Search, Waypoints, type LucideIcon } from "lucide-react";
import { describe, expect, it } from "vitest";
import { Svg, svgIcon } from "@/components/ui/svg-icon";

/**
 * The shell draws its icons with `Svg` (components/ui/svg-icon.tsx) instead of lucide's
 * component, to save its per-render work: the markup must stay exactly lucide's.
 */
const lucide = (icon: LucideIcon, className?: string) =>
  renderToStaticMarkup(createElement(icon, { "aria-hidden": "true", ...(className ? { className } : {}) }));
const plain = (icon: LucideIcon, className?: string) =>
  renderToStaticMarkup(createElement(Svg, { icon: svgIcon(icon), className }));

describe("Svg", () => {
  it("renders the inline icons as lucide does, with or without a class", () => {
    for (const icon of [ChevronDown, Languages, Search, Waypoints]) {
      expect(plain(icon)).toBe(lucide(icon));
      expect(plain(icon, "size-5")).toBe(lucide(icon, "size-5"));
      expect(plain(icon)).toContain('aria-hidden="true"');
    }
  });

  it("builds an icon's elements once", () => {
    expect(svgIcon(Bell)).toBe(svgIcon(Bell));
    expect(svgIcon(Bell).className).toBe("lucide lucide-bell");
  });
});
