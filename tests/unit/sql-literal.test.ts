/**
 * lib/db/literal.ts writes values into the few statements sent without parameters (the RLS
 * settings, the session lookup). What it writes must read back as exactly the value; the
 * round trip through PostgreSQL is in tests/integration/session.test.ts.
 */
import { describe, expect, it } from "vitest";
import { sqlLiteral, valueLiteral } from "@/lib/db/literal";

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

describe("valueLiteral (a parameter's value in an EXECUTE of a prepared statement)", () => {
  it("writes strings quoted, bigints and numbers as digits, dates as ISO text, null as NULL", () => {
    expect(["o'brien", 12345678901234567890n, 2.5, new Date("2026-12-02T10:00:00.000Z"), null, undefined, true].map(valueLiteral)).toEqual([
      "'o''brien'",
      "12345678901234567890",
      "2.5",
      "'2026-12-02T10:00:00.000Z'",
      "NULL",
      "NULL",
      "true",
    ]);
  });

  it("writes an array as an array literal whose elements survive quotes, commas and backslashes, and an object as JSON", () => {
    // the array's own escaping (\" and \\), then the literal's (E'' doubles each backslash)
    expect(valueLiteral(["a", 'b"c', "d,e", "f\\g"])).toBe(String.raw` E'{"a","b\\"c","d,e","f\\\\g"}'`);
    expect(valueLiteral({ total: 10n, name: "it's" })).toBe(`'{"total":"10","name":"it''s"}'`);
    expect(() => valueLiteral("a\0b")).toThrow(/NUL/);
  });
});
