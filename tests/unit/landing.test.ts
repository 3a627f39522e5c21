/**
 * The landing page promises only what is shipped: every capability it lists as available
 * names the page that delivers it, and that page exists.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AVAILABLE, CAPABILITIES, ROADMAP } from "@/app/(public)/_landing/capabilities";
import en from "@/lib/i18n/messages/en/landing.json";
import es from "@/lib/i18n/messages/es/landing.json";

const root = path.resolve(import.meta.dirname, "../..");

describe("landing page capabilities", () => {
  it.each(AVAILABLE.map((c) => [c.key, c.shippedIn!]))("%s is delivered by %s", (_key, file) => {
    expect(existsSync(path.join(root, file))).toBe(true);
  });

  it("splits every capability into available or roadmap, with texts in both languages", () => {
    expect(AVAILABLE.length + ROADMAP.length).toBe(CAPABILITIES.length);
    expect(AVAILABLE.length).toBeGreaterThan(0);
    for (const { key } of CAPABILITIES) {
      for (const catalog of [en, es]) {
        const entry = (catalog.features as Record<string, unknown>)[key] as { title?: string; description?: string };
        expect(entry?.title, `${key} title`).toBeTruthy();
        expect(entry?.description, `${key} description`).toBeTruthy();
      }
    }
  });
});
