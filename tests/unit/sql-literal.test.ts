/**
 * lib/db/literal.ts writes values into the few statements sent without parameters (the RLS
 * settings, the session lookup). What it writes must read back as exactly the value; the
 * round trip through PostgreSQL is in tests/integration/session.test.ts.
 */
import { describe, expect, it } from "vitest";
import { sqlLiteral } from "@/lib/db/literal";

describe("sqlLiteral", () => {
  it("quotes strings, doubling quotes and (in the E'' form) backslashes", () => {
    expect(sqlLiteral("acme")).toBe("'acme'");
    expect(sqlLiteral("o'brien")).toBe("'o''brien'");
    expect(sqlLiteral("a\\'; DROP TABLE x; --")).toBe(" E'a\\\\''; DROP TABLE x; --'");
    expect(sqlLiteral("")).toBe("''");
  });

  it("writes numbers, booleans and null as SQL, and refuses what SQL text cannot carry", () => {
    expect(sqlLiteral(42)).toBe("42");
    expect(sqlLiteral(true)).toBe("true");
    expect(sqlLiteral(null)).toBe("NULL");
    expect(() => sqlLiteral(Number.NaN)).toThrow(/finite/);
    expect(() => sqlLiteral("a\0b")).toThrow(/NUL/);
  });
});
