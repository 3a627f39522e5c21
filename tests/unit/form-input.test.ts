/**
 * What a server action hands its schema (lib/http/form-input.ts): FormData from a form
 * posted without JavaScript unflattened by the kit's dotted names, plain objects copied,
 * NUL removed everywhere, and input no form can produce refused as BAD_REQUEST.
 */
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { echoValues, readActionInput } from "@/lib/http/form-input";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

function refused(input: unknown) {
  try {
    readActionInput(input);
  } catch (error) {
    return error instanceof AppError ? error.code : "other";
  }
  return "accepted";
}

describe("readActionInput", () => {
  it("unflattens the kit's dotted names into rows, like the errors it gets back", () => {
    const data = form([
      ["$ACTION_ID_abc", ""],
      ["tenant", "acme"],
      ["invites.0.email", "a@example.test"],
      ["invites.0.name", "A"],
      ["invites.1.email", "b@example.test"],
      ["events.0.sms", "on"],
    ]);
    expect(readActionInput(data)).toEqual({
      tenant: "acme",
      invites: [
        { email: "a@example.test", name: "A" },
        { email: "b@example.test" },
      ],
      events: [{ sms: "on" }],
    });
  });

  it("collects a repeated name in order", () => {
    expect(readActionInput(form([["tag", "a"], ["tag", "b"], ["tag", "c"]]))).toEqual({ tag: ["a", "b", "c"] });
  });

  it("removes NUL from names and values, nested ones included", () => {
    expect(readActionInput(form([["na\u0000me", "Ac\u0000me"]]))).toEqual({ name: "Acme" });
    expect(readActionInput({ invites: [{ email: "a\u0000@example.test" }], flag: true })).toEqual({
      invites: [{ email: "a@example.test" }],
      flag: true,
    });
  });

  it("refuses what no form of ours sends", () => {
    expect(refused("just a string")).toBe("BAD_REQUEST");
    expect(refused(42)).toBe("BAD_REQUEST");
    expect(refused([1, 2])).toBe("BAD_REQUEST");
    expect(refused(form([["rows.100000.email", "x"]]))).toBe("BAD_REQUEST");
    expect(refused(form([["__proto__.polluted", "x"]]))).toBe("BAD_REQUEST");
    expect(refused(form([["a", "1"], ["a.b", "2"]]))).toBe("BAD_REQUEST");
    expect(refused(form([["a..b", "1"]]))).toBe("BAD_REQUEST");
    expect(refused(JSON.parse('{"__proto__": {"polluted": 1}}'))).toBe("BAD_REQUEST");
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 20; i += 1) deep = { deeper: deep };
    expect(refused(deep)).toBe("BAD_REQUEST");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("takes nothing as an empty input", () => {
    expect(readActionInput(undefined)).toEqual({});
    expect(readActionInput(null)).toEqual({});
  });
});

describe("echoValues", () => {
  it("keeps text, choices and rows but never secrets", () => {
    expect(
      echoValues({
        name: "Acme",
        enabled: true,
        count: 3,
        password: "hunter2hunter2",
        newPassword: "x",
        token: "t",
        invites: [{ email: "a@example.test", secretAnswer: "no" }],
      }),
    ).toEqual({ name: "Acme", enabled: true, invites: [{ email: "a@example.test" }] });
  });
});
