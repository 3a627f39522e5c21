/**
 * The layout checks of the page sweep (tests/e2e/sweep.spec.ts): run in the browser at one
 * width, they list what is wrong with the page as laid out now.
 */

/**
 * One width per Tailwind breakpoint range, widest first: xl (1280, where axe runs), lg,
 * md, and below sm the narrowest phone. Layouts are fluid between breakpoints, so 1440
 * (also xl) and 390 (also below sm) showed nothing 1280 and 320 did not (issue 7;
 * docs/architecture.md "Tests").
 */
export const WIDTHS = [1280, 1024, 768, 320] as const;
/** Console or page errors that mean server and client rendered differently. */
export const HYDRATION = /hydrat|Minified React error #(418|423|425)|did not match/i;

/**
 * Problems of the page as laid out at the current width (run in the browser). It first
 * waits two frames after a resize: recharts' ResponsiveContainer redraws from a
 * ResizeObserver, which reports in the frame after layout. Waiting in the same call as
 * the checks saves a round trip per width. A problem found is looked at again 0.4 s
 * later and reported only if it is still there: a chart whose code arrives as the window
 * is resized draws once at the old width before it follows (seen once at 1024 px on the
 * portal's forecast page); a real overflow stays.
 */
export async function layoutProblems(): Promise<string[]> {
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await frames();
  const problems = collect();
  if (problems.length === 0) return problems;
  await new Promise((resolve) => setTimeout(resolve, 400));
  await frames();
  return collect();

  function collect(): string[] {
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
}
