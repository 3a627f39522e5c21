/**
 * A tenant's brand colour (#rrggbb, tenant settings) and the text colour that reads on
 * it: white when it meets WCAG AA (4.5:1) on the colour, else near-black. Shared by the
 * app (the workspace badge) and the e-mails (header band and button), so both look alike.
 */
export const DEFAULT_BRAND_COLOR = "#1d4ed8"; // Tailwind blue-700: Canal's own brand-700
const DARK_TEXT = "#111827";
const LIGHT_TEXT = "#ffffff";

export const BRAND_COLOR_PATTERN = /^#[0-9a-f]{6}$/;

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour to paint with and the text colour for it. */
export function brandColors(color: string | null | undefined): { background: string; text: string } {
  const background = color && BRAND_COLOR_PATTERN.test(color) ? color : DEFAULT_BRAND_COLOR;
  return { background, text: contrastRatio(background, LIGHT_TEXT) >= 4.5 ? LIGHT_TEXT : DARK_TEXT };
}
