/**
 * How far a list counts (lib/lists/query.ts) and what the pager makes of it
 * (components/ui/data-table/position.ts): exact up to COUNT_CAP past the page shown, "more
 * than" beyond — and the total a page shows is never short of the page itself, so "Next"
 * leads on to every row however many match.
 */
import { describe, expect, it } from "vitest";
import { pagerPosition } from "@/components/ui/data-table/position";
import { COUNT_CAP, cappedTotal, countLimit, countTake } from "@/lib/lists/query";
import { PAGE_SIZES } from "@/lib/lists/page-sizes";

describe("capped counts", () => {
  it("counts to the first multiple of COUNT_CAP at or past the page's last row, one row more to know", () => {
    expect(COUNT_CAP).toBe(1_000);
    expect(countLimit({ page: 1, pageSize: 25 })).toBe(1_000);
    expect(countLimit({ page: 40, pageSize: 25 })).toBe(1_000);
    expect(countLimit({ page: 41, pageSize: 25 })).toBe(2_000);
    expect(countLimit({ page: 11, pageSize: 100 })).toBe(2_000);
    expect(countLimit({ page: 100_000, pageSize: 100 })).toBe(10_000_000);
    expect(countTake({ page: 1, pageSize: 25 })).toBe(1_001);
    // every page size divides the cap: a capped total is a whole number of pages
    for (const size of PAGE_SIZES) expect(COUNT_CAP % size).toBe(0);
  });

  it("is exact up to the limit, capped only when a row past it was counted", () => {
    const first = { page: 1, pageSize: 25 };
    expect(cappedTotal(0, first)).toEqual({ total: 0 });
    expect(cappedTotal(999, first)).toEqual({ total: 999 });
    expect(cappedTotal(1_000, first)).toEqual({ total: 1_000 });
    expect(cappedTotal(1_001, first)).toEqual({ total: 1_000, totalCapped: true });
    expect(cappedTotal(1_030, { page: 41, pageSize: 25 })).toEqual({ total: 1_030 });
    expect(cappedTotal(2_001, { page: 41, pageSize: 25 })).toEqual({ total: 2_000, totalCapped: true });
  });
});

describe("the pager with a capped total", () => {
  /** The pager of `matching` rows at `page`, with the total the services would return. */
  const pagerAt = (matching: number, page: number, pageSize = 25) => {
    const state = { page, pageSize };
    return pagerPosition({ ...state, ...cappedTotal(Math.min(matching, countTake(state)), state) });
  };

  it("keeps Next open on the last counted page, and the range shown is the page's", () => {
    expect(pagerAt(15_762, 1)).toMatchObject({ from: 1, to: 25, hasPrevious: false, hasNext: true });
    expect(pagerAt(15_762, 40)).toMatchObject({ page: 40, from: 976, to: 1_000, hasNext: true });
    expect(pagerAt(15_762, 41)).toMatchObject({ page: 41, from: 1_001, to: 1_025, hasNext: true });
  });

  it("reaches every row by Next, however many match, and stops on the last", () => {
    for (const [matching, pageSize] of [[15_762, 25], [1_000, 25], [1_001, 50], [2_000, 100], [7, 10], [0, 25]] as const) {
      let page = 1;
      let last = pagerAt(matching, page, pageSize);
      while (last.hasNext) last = pagerAt(matching, ++page, pageSize);
      expect(page).toBe(Math.max(1, Math.ceil(matching / pageSize)));
      expect(last.to).toBe(matching);
    }
  });

  it("a page past the end (a stale link) shows the last one", () => {
    expect(pagerAt(1_030, 50)).toMatchObject({ page: 42, from: 1_026, to: 1_030, hasNext: false });
  });
});
