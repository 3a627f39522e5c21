/**
 * Every page of every audience (app/**\/page.tsx, tests/e2e/pages.ts), in English and in
 * Spanish, one visit per page and language serving every check of the page:
 *
 * - Layout at 1440, 1280, 1024, 768, 390 and 320 px: the page never scrolls sideways, no
 *   control is cut off (wide tables scroll inside their own card), no text is squeezed to
 *   a letter per line (tests/e2e/layout.ts). One page is resized rather than reopened.
 * - No hydration error in the console.
 * - axe-core, WCAG 2.0/2.1 A and AA, at 1280 px: serious and critical findings fail
 *   (tests/e2e/axe.ts). The account menu, the phone drawer and other states a page opens
 *   into are in tests/e2e/a11y.spec.ts.
 *
 * Both languages get every check: the Spanish words are longer (layout) and are what the
 * accessible names are made of (axe), and a visit is the cheap part. This file replaces
 * widths.spec.ts (English at six widths, Spanish at 390 and 320 px) and the page sweep of
 * a11y.spec.ts (axe on every page in both languages), which visited every page three
 * times; Spanish now gets the four wider widths too, and the two extra URLs get axe.
 *
 * Cost (issue 7): a visit was ~8 s, nearly all of it axe: @axe-core/playwright's default
 * mode injected 1.5 MB of axe into the page and again into a blank page it opened to merge
 * the results, and shipped every passing node across. tests/e2e/axe.ts injects once and
 * keeps only violations — the same rules, tags and impacts. One test per page and
 * language keeps the workers balanced (the old per-audience tests ran up to 20 minutes
 * each and serialised the run) and lets `-g "/[tenant]/admin/orders"` pick a page; a
 * worker keeps one browser page per audience and language (its cached scripts) and signs
 * each visitor in once (tests/e2e/pages.ts). The ids of dynamic segments come from the
 * lists' server-rendered HTML over HTTP, not from opening each list in the browser.
 *
 * Where a visit's time goes now (14 back-office visits, 2 workers, load 20–25, so ~4×
 * a quiet machine): goto 32 %, axe 30 %, the six resizes' settling 24 %, load 6 %, the
 * layout checks 4 %, id look-ups 4 %. No single step dominates: what is left is the
 * browser rendering the page at six widths and axe reading it, which the checks need.
 */
import type { Browser, Page } from "@playwright/test";
import { APP_PAGES, audienceContext, concreteUrl, type AppPage, type Audience } from "./pages";
import { seriousFindings } from "./axe";
import { HYDRATION, WIDTHS, layoutProblems, settle } from "./layout";
import { expect, test } from "./helpers";

const AXE_WIDTH = 1280;

/** Pages outside an audience's own: a 404, and the back office as a partner sees it. */
const EXTRA: Record<Audience, string[]> = { vendor: [], partner: ["/acme/admin"], user: [], public: ["/no-such-page"] };

test.describe.configure({ mode: "parallel" });

type Visitor = { page: Page; hydration: string[] };
const visitors = new Map<string, Promise<Visitor>>();

/**
 * The worker's browser page for an audience and language, kept from test to test: a new
 * context per page would download and compile the app's scripts again every time.
 * Hydration errors go to the current test's list.
 */
function visitor(browser: Browser, audience: Audience, locale: "en" | "es"): Promise<Visitor> {
  const key = `${audience}:${locale}`;
  let known = visitors.get(key);
  if (!known) {
    known = (async () => {
      const context = await audienceContext(browser, audience, locale);
      const page = await context.newPage();
      const hydration: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && HYDRATION.test(message.text())) hydration.push(message.text().slice(0, 300));
      });
      page.on("pageerror", (error) => {
        if (HYDRATION.test(error.message)) hydration.push(error.message.slice(0, 300));
      });
      return { page, hydration };
    })();
    visitors.set(key, known);
  }
  return known;
}

for (const locale of ["en", "es"] as const) {
  for (const audience of ["vendor", "partner", "user", "public"] as Audience[]) {
    const entries: (AppPage | string)[] = [...APP_PAGES.filter((entry) => entry.audience === audience), ...EXTRA[audience]];
    for (const entry of entries) {
      const name = typeof entry === "string" ? entry : entry.template;
      test(`${name} as ${audience} (${locale})`, async ({ browser }) => {
        let current = await visitor(browser, audience, locale);
        if (current.page.isClosed()) {
          visitors.delete(`${audience}:${locale}`);
          current = await visitor(browser, audience, locale);
        }
        const { page, hydration } = current;
        hydration.length = 0;
        const url = typeof entry === "string" ? entry : await concreteUrl(entry, page.context());
        await page.setViewportSize({ width: WIDTHS[0], height: 900 });
        await page.goto(url);
        await page.waitForLoadState("load");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await settle(page);
          expect.soft(await page.evaluate(layoutProblems), `${url} at ${width}px (${locale})`).toEqual([]);
          if (width !== AXE_WIDTH) continue;
          expect.soft(await seriousFindings(page), `axe: ${url} (${locale})`).toEqual([]);
        }
        expect(hydration, `hydration errors in the console on ${url} (${locale})`).toEqual([]);
      });
    }
  }
}
