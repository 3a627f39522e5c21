import { twMerge } from "tailwind-merge";
import { clsx } from "clsx";
import { describe, expect, it } from "vitest";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

describe("cn", () => {
  it("lets a later argument's utilities override an earlier one's", () => {
    expect(cn("px-4 text-sm", "px-2")).toBe("text-sm px-2");
    expect(cn("rounded-lg bg-white", false, undefined, "bg-slate-50")).toBe("rounded-lg bg-slate-50");
    expect(cn("size-4", { "size-5": true })).toBe("size-5");
  });

  it("returns one argument as written, and joins what clsx joins", () => {
    expect(cn("inline-flex items-center gap-2")).toBe("inline-flex items-center gap-2");
    expect(cn(undefined, "gap-1.5", null, false)).toBe("gap-1.5");
    expect(cn()).toBe("");
    expect(cn(["a", "b"])).toBe("a b");
  });

  it("gives the result tailwind-merge gives whenever two or more arguments are set", () => {
    const cases: [string, string | undefined][] = [
      ["canal-btn", "w-full"],
      ["px-3 py-2 text-sm", "px-1 sm:px-2"],
      ["flex", "hidden sm:flex"],
      ["text-slate-700", "text-brand-900"],
    ];
    for (const [base, extra] of cases) expect(cn(base, extra)).toBe(twMerge(clsx(base, extra)));
  });
});

describe("buttonVariants", () => {
  it("is the merge of its classes and the caller's, without tailwind-merge when the caller adds none", () => {
    expect(buttonVariants()).toBe("canal-btn canal-btn-md canal-btn-primary");
    for (const className of [
      "w-full",
      "gap-2 px-1.5 sm:px-2",
      "h-auto max-w-full min-w-0 justify-start gap-2 px-2 py-1",
    ]) {
      expect(buttonVariants({ variant: "ghost", size: "sm", className })).toBe(
        twMerge(clsx("canal-btn", "canal-btn-sm", "canal-btn-ghost", className)),
      );
    }
  });
});
