import { describe, expect, it } from "vitest";
import { createId, ID_PREFIXES } from "@/lib/ids";

describe("self-describing ids", () => {
  it("every kind has its own prefix, so an id names what it is", () => {
    const prefixes = Object.values(ID_PREFIXES);
    expect(prefixes.filter((prefix, index) => prefixes.indexOf(prefix) !== index)).toEqual([]);
  });

  it("an id is its kind's prefix and 20 lower-case base32 characters", () => {
    expect(createId("tierRule")).toMatch(/^tru_[0-9a-hjkmnp-tv-z]{20}$/);
  });
});
