/**
 * The palette's client-side pieces: matching commands as one types, marking the typed
 * words in a text (accents, capitals and emoji kept as written), and the recent list read
 * back from storage that anyone with the browser could have edited.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { highlightParts, matchCommands, searchWords, withNavCommands } from "@/components/search/match";
import { readRecent, rememberRecent } from "@/components/search/recent";
import type { PaletteCommand, PaletteEntry } from "@/components/search/types";

const command = (label: string, section: PaletteCommand["section"] = "navigation"): PaletteCommand => ({
  id: label,
  section,
  label,
  href: `/acme/admin/${label.toLowerCase().replaceAll(" ", "-")}`,
  icon: "home",
});
const marked = (text: string, query: string) =>
  highlightParts(text, searchWords(query))
    .filter((part) => part.match)
    .map((part) => part.text);

describe("withNavCommands", () => {
  it("puts the shell's navigation first, as commands, then the layout's other commands", () => {
    const nav = [
      { href: "/acme/admin", label: "Dashboard", icon: "home" as const },
      { href: "/acme/admin/partners", label: "Partners", icon: "partners" as const },
    ];
    const extra = [command("New partner", "actions")];
    expect(withNavCommands(nav, extra)).toEqual([
      { id: "nav:/acme/admin", section: "navigation", label: "Dashboard", href: "/acme/admin", icon: "home" },
      { id: "nav:/acme/admin/partners", section: "navigation", label: "Partners", href: "/acme/admin/partners", icon: "partners" },
      extra[0],
    ]);
  });
});

describe("matchCommands", () => {
  const commands = ["Dashboard", "Partners", "Notifications", "Notification preferences", "New partner", "Switch to Globex Components"].map((l) =>
    command(l),
  );

  it("keeps every command when nothing is typed", () => {
    expect(matchCommands(commands, [])).toEqual(commands);
  });

  it("matches a single letter only where a word starts", () => {
    expect(matchCommands(commands, searchWords("n")).map((c) => c.label)).toEqual(["Notifications", "Notification preferences", "New partner"]);
  });

  it("needs every word, in any order, and puts labels starting with the text first", () => {
    expect(matchCommands(commands, searchWords("partner new")).map((c) => c.label)).toEqual(["New partner"]);
    expect(matchCommands(commands, searchWords("part")).map((c) => c.label)).toEqual(["Partners", "New partner"]);
    expect(matchCommands(commands, searchWords("artn")).map((c) => c.label)).toEqual(["Partners", "New partner"]);
  });

  it("ignores case and accents both ways", () => {
    const spanish = [command("Configuración"), command("Nuevo socio")];
    expect(matchCommands(spanish, searchWords("CONFIGURACION")).map((c) => c.label)).toEqual(["Configuración"]);
    expect(matchCommands([command("Pena Partners")], searchWords("peña")).map((c) => c.label)).toEqual(["Pena Partners"]);
  });
});

describe("highlightParts", () => {
  it("marks each typed word where it occurs and keeps the text as written", () => {
    expect(marked("Nora Northwind", "nor")).toEqual(["Nor", "Nor"]);
    expect(marked("Blanca Peña", "pena")).toEqual(["Peña"]);
    expect(highlightParts("Blanca Peña", searchWords("pena")).map((p) => p.text).join("")).toBe("Blanca Peña");
    expect(marked("admin@northwind.test", "wind test")).toEqual(["wind", "test"]);
  });

  it("never splits an emoji and leaves text alone when nothing is typed", () => {
    expect(highlightParts("😀 Smile 😀", searchWords("smile"))).toEqual([
      { text: "😀 ", match: false },
      { text: "Smile", match: true },
      { text: " 😀", match: false },
    ]);
    expect(highlightParts("<b>x</b>", [])).toEqual([{ text: "<b>x</b>", match: false }]);
  });

  it("marks a single letter only at word starts", () => {
    expect(marked("New partner", "n")).toEqual(["N"]);
  });
});

describe("recent items", () => {
  const key = "canal.recent:acme:admin:usr_1";
  let store: Map<string, string>;
  beforeEach(() => {
    store = new Map();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    Object.assign(globalThis, { window: { localStorage: storage } });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "window");
  });

  const entry = (id: string, href = `/acme/admin/partners/${id}`): PaletteEntry => ({ id, label: id, detail: null, href, icon: "partners" });

  it("keeps the last five, newest first, without duplicates", () => {
    for (const id of ["a", "b", "c", "d", "e", "f", "c"]) rememberRecent(key, entry(id));
    expect(readRecent(key).map((item) => item.id)).toEqual(["c", "f", "e", "d", "b"]);
  });

  it("reads back only well-formed same-site entries", () => {
    store.set(
      key,
      JSON.stringify([
        entry("ok"),
        entry("script", "javascript:alert(1)"),
        entry("elsewhere", "https://evil.example/"),
        entry("protocol-relative", "//evil.example/"),
        { ...entry("icon"), icon: "nope" },
        { id: 1, label: "x" },
      ]),
    );
    expect(readRecent(key).map((item) => item.id)).toEqual(["ok"]);
    store.set(key, "{not json");
    expect(readRecent(key)).toEqual([]);
  });
});
