import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { spriteIcon, SPRITE_PATH } from "@/components/ui/sprite-icon";
import { spriteIcons, spriteSheet } from "@/components/ui/sprite-sheet";

/** What lucide's component draws inside its `<svg>`: the shapes, without the wrapper. */
function lucideShapes(icon: (typeof spriteIcons)[keyof typeof spriteIcons]): string {
  const markup = renderToStaticMarkup(createElement(icon));
  return markup.slice(markup.indexOf(">") + 1, markup.lastIndexOf("</svg>"));
}

describe("icon sprite", () => {
  const sheet = spriteSheet();

  it("holds every sprite icon with lucide's own shapes and stroke", () => {
    for (const [name, icon] of Object.entries(spriteIcons)) {
      const symbol = new RegExp(`<symbol id="${name}" viewBox="0 0 24 24"><g ([^>]*)>(.*?)</g></symbol>`).exec(sheet);
      expect(symbol, name).not.toBeNull();
      expect(symbol![1]).toBe(
        'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"',
      );
      expect(symbol![2]).toBe(lucideShapes(icon));
    }
    expect(sheet.match(/<symbol /g)).toHaveLength(Object.keys(spriteIcons).length);
  });

  it("draws an icon as a decorative reference into the versioned sprite, built once per class", () => {
    expect(renderToStaticMarkup(spriteIcon("orders", "size-5"))).toBe(
      `<svg width="24" height="24" class="size-5" aria-hidden="true"><use href="${SPRITE_PATH.replaceAll("&", "&amp;")}#orders"></use></svg>`,
    );
    expect(spriteIcon("orders", "size-5")).toBe(spriteIcon("orders", "size-5"));
    expect(SPRITE_PATH).toMatch(/^\/icons\/sprite\.svg\?v=/);
  });
});
