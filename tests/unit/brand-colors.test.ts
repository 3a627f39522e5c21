/**
 * Branding contrast rules (lib/branding/colors.ts): the text on a brand colour always meets
 * WCAG AA, whatever colour a tenant picks, and colours too light for the white page are
 * reported as such.
 */
import { describe, expect, it } from "vitest";
import { AA_NON_TEXT, AA_TEXT, DEFAULT_BRAND_COLOR, brandColors, contrastRatio } from "@/lib/branding/colors";

describe("contrastRatio", () => {
  it("matches WCAG's reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 on white is the classic "just passes AA" grey (4.54:1).
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});

describe("brandColors", () => {
  it("keeps white text on dark colours and switches to dark text on light ones", () => {
    expect(brandColors("#1d4ed8")).toMatchObject({ background: "#1d4ed8", text: "#ffffff" });
    expect(brandColors("#facc15")).toMatchObject({ background: "#facc15", text: "#111827" });
  });

  it("falls back to Canal's blue for no colour or a malformed one", () => {
    expect(brandColors(null).background).toBe(DEFAULT_BRAND_COLOR);
    expect(brandColors("red").background).toBe(DEFAULT_BRAND_COLOR);
    expect(brandColors("#12345g").background).toBe(DEFAULT_BRAND_COLOR);
  });

  it("meets AA for text on every colour of a 4096-colour sweep, including the mid-tones where near-black fails", () => {
    let blackNeeded = 0;
    for (let i = 0; i < 4096; i += 1) {
      const hex = `#${[i >> 8, (i >> 4) & 15, i & 15].map((n) => (n * 17).toString(16).padStart(2, "0")).join("")}`;
      const colors = brandColors(hex);
      expect(colors.textContrast, hex).toBeGreaterThanOrEqual(AA_TEXT);
      if (colors.text === "#000000") blackNeeded += 1;
    }
    // Some mid-tones fail both white and near-black: the rule really needs its last resort.
    expect(blackNeeded).toBeGreaterThan(0);
  });

  it("reports colours too light to be seen on the white page (non-text contrast under 3:1)", () => {
    expect(brandColors("#fef08a").pageContrast).toBeLessThan(AA_NON_TEXT);
    expect(brandColors("#1d4ed8").pageContrast).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });
});
