/**
 * Every page of every audience at 320, 390, 768, 1024, 1280 and 1440 px: the page never
 * scrolls sideways, no control is cut off (wide tables scroll inside their own card), no
 * text is squeezed to a letter per line, and no page logs a hydration error. Pages come
 * from app/**\/page.tsx (tests/e2e/pages.ts), so a new page is covered without editing a
 * list. One browser page per audience is resized rather than reopened, to stay fast.
 * Spanish runs longer than English, so every page is visited again in Spanish at the
 * phone widths (390 and 320 px), where a longer word is what breaks a layout.
 */
import type { Page } from "@playwright/test";
import { APP_PAGES, audienceContext, concreteUrl, type Audience } from "./pages";
import { expect, test } from "./helpers";

const WIDTHS = [1440, 1280, 1024, 768, 390, 320] as const;
const HYDRATION = /hydrat|Minified React error #(418|423|425)|did not match/i;

/** Problems of the page as laid out now (run in the browser). */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1)
    problems.push(`page scrolls sideways by ${doc.scrollWidth - doc.clientWidth}px`);
  const name = (el: Element) => {
    const text = (
      el.getAttribute("aria-label") ||
      (el as HTMLElement).innerText ||
      el.getAttribute("name") ||
      ""
    ).trim();
    return `<${el.tagName.toLowerCase()}> "${text.slice(0, 40)}"`;
  };
  const controls = document.querySelectorAll(
    "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab]",
  );
  for (const el of controls) {
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none") continue;
    const rect = el.getBoundingClientRect();
    // Visually hidden (sr-only: 1px, clipped) or collapsed.
    if (rect.width <= 1 || rect.height <= 1 || style.clipPath !== "none" || style.clip !== "auto") continue;
    let left = 0;
    let right = window.innerWidth;
    let scrolls = false;
    for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const overflow = getComputedStyle(parent).overflowX;
      if (overflow === "auto" || overflow === "scroll") {
        scrolls = true; // reachable by scrolling its container (a wide table in its card)
        break;
      }
      if (overflow === "hidden" || overflow === "clip") {
        const box = parent.getBoundingClientRect();
        left = Math.max(left, box.left);
        right = Math.min(right, box.right);
      }
    }
    if (!scrolls && (rect.left < left - 1 || rect.right > right + 1)) {
      problems.push(
        `${name(el)} is cut off (${Math.round(rect.left)}–${Math.round(rect.right)} of ${Math.round(left)}–${Math.round(right)})`,
      );
    }
    const own = el as HTMLElement;
    const boxed = style.display !== "inline" && !["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName);
    if (
      boxed &&
      style.textOverflow !== "ellipsis" &&
      style.overflowX !== "visible" &&
      own.scrollWidth > own.clientWidth + 1
    ) {
      problems.push(`${name(el)} clips its own content`);
    }
  }
  // A value squeezed to a letter per line ("N o t i e r"): tall, narrow text blocks.
  for (const el of document.querySelectorAll("main td, main dd, main p, main span, main a")) {
    const box = el as HTMLElement;
    const text = box.innerText?.trim() ?? "";
    if (text.length < 6 || box.children.length > 0) continue;
    const rect = box.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(box).lineHeight) || 20;
    if (rect.width > 0 && rect.width < 48 && rect.height > line * 3)
      problems.push(`${name(el)} is squeezed to ${Math.round(rect.width)}px`);
  }
  return problems;
}

async function settle(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const SWEEPS = [
  { locale: "en", widths: WIDTHS },
  { locale: "es", widths: [390, 320] },
] as const;

for (const { locale, widths } of SWEEPS) {
  for (const audience of ["vendor", "partner", "user", "public"] as Audience[]) {
    const pages = APP_PAGES.filter((entry) => entry.audience === audience);
    const title = `${audience} pages fit every width and hydrate cleanly (${pages.length} pages × ${widths.length} widths)`;
    test(locale === "en" ? title : `${title}, in Spanish`, async ({ browser }) => {
      test.setTimeout(30_000 + pages.length * (locale === "en" ? 15_000 : 8_000));
      const context = await audienceContext(browser, audience, locale);
      const page = await context.newPage();
      const hydration: string[] = [];
      let current = "";
      page.on("console", (message) => {
        if (message.type() === "error" && HYDRATION.test(message.text()))
          hydration.push(`${current}: ${message.text().slice(0, 300)}`);
      });
      page.on("pageerror", (error) => {
        if (HYDRATION.test(error.message)) hydration.push(`${current}: ${error.message.slice(0, 300)}`);
      });
      const extra = audience === "public" ? ["/no-such-page"] : audience === "partner" ? ["/acme/admin"] : [];
      const urls = [...(await Promise.all(pages.map((entry) => concreteUrl(entry, context)))), ...extra];
      for (const url of urls) {
        current = url;
        await page.setViewportSize({ width: widths[0], height: 900 });
        await page.goto(url);
        await page.waitForLoadState("load");
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          await settle(page);
          const problems = await page.evaluate(layoutProblems);
          expect.soft(problems, `${url} at ${width}px (${locale})`).toEqual([]);
        }
      }
      expect(hydration, "hydration errors in the console").toEqual([]);
      await context.close();
    });
  }
}
