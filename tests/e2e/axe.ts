/**
 * axe-core for the accessibility checks (tests/e2e/sweep.spec.ts, tests/e2e/a11y.spec.ts):
 * WCAG 2.0/2.1 A and AA rules; serious and critical findings fail, named by rule, page
 * and elements.
 *
 * Run in the page itself, injected once: @axe-core/playwright's default mode runs axe in
 * each frame, then opens a blank page, injects axe (1.5 MB of script) there again and
 * ships every result over to merge them; its legacy mode still injects the script twice.
 * Our pages have no frames except the development mailbox's sandboxed e-mail preview, so
 * a page with a frame keeps the library's default mode. Only violations are collected in
 * full (`resultTypes`): passes and incomplete results carry one node each instead of every
 * element of the page, and nothing read them. Neither changes which rules run or what
 * counts as a violation (tests/e2e/sweep.spec.ts's header has the measurements).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type axe from "axe-core";

/**
 * The axe-core that @axe-core/playwright carries (its own version, which may differ from
 * the one other packages hoist): both paths below run the same rules. The page gets the
 * package's minified build of that same version (570 KB): `axe.source`, the unminified
 * 1.3 MB, took ~0.5 s a check to send through the protocol and compile, a third of it.
 */
const library = createRequire(import.meta.url).resolve("@axe-core/playwright");
const AXE_MAIN = createRequire(library).resolve("axe-core");
const AXE_SOURCE = fs.readFileSync(path.join(path.dirname(AXE_MAIN), "axe.min.js"), "utf8");

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page, disableRules: string[]): Promise<axe.Result[]> {
  const options: axe.RunOptions = {
    runOnly: { type: "tag", values: AXE_TAGS },
    resultTypes: ["violations"],
    rules: Object.fromEntries(disableRules.map((rule) => [rule, { enabled: false }])),
  };
  if ((await page.locator("iframe, frame").count()) > 0) {
    return (await new AxeBuilder({ page }).options(options).analyze()).violations;
  }
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (runOptions) => (window as unknown as { axe: typeof axe }).axe.run(document, runOptions),
    options,
  );
  return results.violations;
}

/** Serious and critical axe findings on the page as it is now ("rule (impact): elements"). */
export async function seriousFindings(page: Page, options: { disableRules?: string[] } = {}): Promise<string[]> {
  return (await violations(page, options.disableRules ?? []))
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 5)
          .join(" | ")}`,
    );
}
