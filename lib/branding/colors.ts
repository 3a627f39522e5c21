/**
 * A tenant's brand colour and the text that reads on it (WCAG 2.1). Text colour is chosen,
 * never typed: the one of white, Canal's near-black and black with the highest contrast on
 * the colour — at least 4.58:1 for any colour, so text on a brand surface always meets AA
 * (4.5:1). What a colour cannot guarantee is being seen on the white page itself (thin
 * lines, the header's accent): below 3:1 (WCAG's non-text contrast) the settings warn.
 */
export const DEFAULT_BRAND_COLOR = "#1d4ed8"; // Canal's own blue (brand-700)
export const BRAND_COLOR_PATTERN = /^#[0-9a-f]{6}$/;

const WHITE = "#ffffff";
const TEXT_CANDIDATES = [WHITE, "#111827", "#000000"] as const;
/** WCAG AA for normal text, and for user-interface parts and graphics against the page. */
export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export type BrandColors = {
  /** The colour painted: the tenant's, or Canal's blue when none is set (or it is malformed). */
  background: string;
  /** Text on `background`: the most readable of white, near-black and black. */
  text: string;
  /** Contrast of `text` on `background` (≥ 4.5 by construction). */
  textContrast: number;
  /** Contrast of `background` on the white page: under 3, lines and accents in it are hard to see. */
  pageContrast: number;
};

export function brandColors(color: string | null | undefined): BrandColors {
  const background = color && BRAND_COLOR_PATTERN.test(color) ? color : DEFAULT_BRAND_COLOR;
  // White when it passes (the usual look of text on a brand colour), else Canal's
  // near-black when that passes, else black, which always does.
  const text = TEXT_CANDIDATES.find((candidate) => contrastRatio(background, candidate) >= AA_TEXT) ?? "#000000";
  return {
    background,
    text,
    textContrast: contrastRatio(background, text),
    pageContrast: contrastRatio(background, WHITE),
  };
}
