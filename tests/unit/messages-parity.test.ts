/**
 * The English and Spanish catalogs (lib/i18n/messages/{en,es}/*.json) hold the same
 * namespaces, the same keys, no empty message, and no argument shown in one language only.
 *
 * `tsc` already refuses a key English has and Spanish lacks (the catalogs are typed as
 * English's shape, lib/i18n/messages/index.ts), but not a key only Spanish has, an empty
 * string, or a message whose `{name}` differs. The page sweep (tests/e2e/sweep.spec.ts)
 * runs axe on each page in one language only, alternating: this parity is what makes an
 * accessible name that exists in English and is missing in Spanish unlikely.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DIR = path.join(import.meta.dirname, "..", "..", "lib", "i18n", "messages");
const LOCALES = ["en", "es"] as const;

type Tree = { [key: string]: string | Tree };

function namespaces(locale: string): string[] {
  return readdirSync(path.join(DIR, locale))
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();
}

function catalog(locale: string, namespace: string): Tree {
  return JSON.parse(readFileSync(path.join(DIR, locale, `${namespace}.json`), "utf8")) as Tree;
}

/** Every message of a namespace by its dotted key ("nav.orders"). */
function flatten(tree: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [inner, message] of flatten(value, name)) out.set(inner, message);
    } else out.set(name, value);
  }
  return out;
}

/**
 * The arguments of an ICU message: `printed` ones show their value ("{name}",
 * "{total, number}"), `selectors` only choose a branch ("{count, plural, one {…} other
 * {…}}", where `#` prints it). An argument opens with `{name` at text level; the branches
 * of plural/select are messages again. Quoted text ('{literal}') is skipped.
 */
function argumentsOf(message: string): { printed: string[]; selectors: string[] } {
  const printed = new Set<string>();
  const selectors = new Set<string>();
  let i = 0;
  const text = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "'" && message[i + 1] === "'") i += 2;
      else if (message[i] === "'" && "{}#|".includes(message[i + 1] ?? "")) {
        i = message.indexOf("'", i + 1) + 1 || message.length;
      } else if (message[i] === "{") argument();
      else i++;
    }
  };
  const argument = (): void => {
    i++; // {
    const match = /^\s*([\p{L}\w]+)\s*(?:,\s*(\w+)\s*)?/u.exec(message.slice(i));
    if (!match) throw new Error(`not an ICU argument at ${i}: ${message}`);
    i += match[0].length;
    if (match[2] && ["plural", "select", "selectordinal"].includes(match[2])) {
      selectors.add(match[1]!);
      i++; // ,
      while (i < message.length && message[i] !== "}") {
        if (message[i] === "{") {
          i++;
          text();
          i++; // } of the branch
        } else i++;
      }
    } else {
      printed.add(match[1]!);
      while (i < message.length && message[i] !== "}") i++; // number/date style
    }
    i++; // } of the argument
  };
  text();
  return { printed: [...printed].sort(), selectors: [...selectors].sort() };
}

/**
 * The arguments one message prints that the other does not use at all. A language may
 * choose by an argument the other has no need of (Spanish agrees "aparece/aparecen" with
 * `count`, English does not), but a value shown in one language and dropped or renamed in
 * the other is a mistake.
 */
function missingArguments(message: string, other: string): string[] {
  const theirs = argumentsOf(other);
  const known = new Set([...theirs.printed, ...theirs.selectors]);
  return argumentsOf(message).printed.filter((name) => !known.has(name));
}

describe("message catalogs", () => {
  it("has the same namespaces in every locale", () => {
    expect(namespaces("es")).toEqual(namespaces("en"));
    expect(namespaces("en").length).toBeGreaterThan(10);
  });

  describe.each(namespaces("en"))("%s", (namespace) => {
    const [en, es] = LOCALES.map((locale) => flatten(catalog(locale, namespace)));

    it("has the same keys in English and Spanish", () => {
      expect([...es!.keys()].sort(), "keys only in one language").toEqual([...en!.keys()].sort());
    });

    it("has no empty or non-string message", () => {
      const bad = LOCALES.flatMap((locale, index) =>
        [...[en, es][index]!].filter(([, value]) => typeof value !== "string" || value.trim() === "").map(([key]) => `${locale}: ${key}`),
      );
      expect(bad).toEqual([]);
    });

    it("prints no argument in one language that the other lacks", () => {
      const differ = [...en!].flatMap(([key, english]) => {
        const spanish = es!.get(key);
        if (typeof english !== "string" || typeof spanish !== "string") return [];
        return [
          ...missingArguments(english, spanish).map((name) => `${key}: {${name}} only in English`),
          ...missingArguments(spanish, english).map((name) => `${key}: {${name}} only in Spanish`),
        ];
      });
      expect(differ).toEqual([]);
    });
  });

  it("reads ICU arguments, not plural branches or quoted text", () => {
    expect(argumentsOf("{count, plural, one {# order for {name}} other {# orders}}")).toEqual({
      printed: ["name"],
      selectors: ["count"],
    });
    expect(argumentsOf("Total: {amount, number} on {day, date, short}").printed).toEqual(["amount", "day"]);
    expect(argumentsOf("{role, select, admin {Admin} other {{role}}}")).toEqual({ printed: ["role"], selectors: ["role"] });
    expect(argumentsOf("Use '{braces}' and {n}").printed).toEqual(["n"]);
    expect(argumentsOf("No arguments")).toEqual({ printed: [], selectors: [] });
    expect(missingArguments("Sent to {emails}", "Enviado a {emails}. {count, plural, one {Ya} other {Ya}}")).toEqual([]);
    expect(missingArguments("Sent to {emails}", "Enviado a {email}")).toEqual(["emails"]);
  });
});
