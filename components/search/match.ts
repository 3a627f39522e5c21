import { normalizeSearchText } from "@/lib/search/types";
import type { NavItem } from "@/components/shell/types";
import type { PaletteCommand } from "./types";

/**
 * The navigation's sections as the palette's first commands. The layout gives the palette
 * the shell's own `nav` list (the same object the sidebar and the phone menu get, so the
 * RSC payload carries it once) and only the commands beyond it.
 */
export function withNavCommands(nav: NavItem[], commands: PaletteCommand[]): PaletteCommand[] {
  return [
    ...nav.map((item): PaletteCommand => ({ id: `nav:${item.href}`, section: "navigation", label: item.label, href: item.href, icon: item.icon })),
    ...commands,
  ];
}

/** Lower-case without accents, so "peña" and "Pena" meet. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

/** The typed words, folded. */
export function searchWords(query: string): string[] {
  return fold(normalizeSearchText(query)).split(" ").filter(Boolean);
}

const isWordCharacter = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

/**
 * Where `word` occurs in `folded`. A single letter counts only where a word starts: "n"
 * means "New partner" and "Notifications", not every label with an n in it.
 */
function occurrences(folded: string, word: string): number[] {
  const found: number[] = [];
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
    if (word.length > 1 || !isWordCharacter(folded[at - 1])) found.push(at);
  }
  return found;
}

/**
 * Commands whose label holds every typed word: labels starting with the text first, then
 * labels where each word starts a word, then the rest, keeping the layout's order within each.
 */
export function matchCommands(commands: PaletteCommand[], words: string[]): PaletteCommand[] {
  if (words.length === 0) return commands;
  const phrase = words.join(" ");
  const scored = commands.flatMap((command, index) => {
    const label = fold(command.label);
    const found = words.map((word) => occurrences(label, word));
    if (found.some((at) => at.length === 0)) return [];
    const atWordStart = found.every((at) => at.some((i) => !isWordCharacter(label[i - 1])));
    const score = label.startsWith(phrase) ? 0 : atWordStart ? 1 : 2;
    return [{ command, score, index }];
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((entry) => entry.command);
}

export type TextPart = { text: string; match: boolean };

/**
 * `text` cut into parts that match a typed word and parts that do not, comparing folded
 * characters but returning the original ones (an accent or a capital is kept as written).
 */
export function highlightParts(text: string, words: string[]): TextPart[] {
  if (words.length === 0 || !text) return [{ text, match: false }];
  const chars = Array.from(text);
  let folded = "";
  const owner: number[] = [];
  chars.forEach((char, index) => {
    const f = fold(char);
    folded += f;
    for (let k = 0; k < f.length; k += 1) owner.push(index);
  });
  const marked = chars.map(() => false);
  for (const word of words) {
    for (const at of occurrences(folded, word)) {
      for (let j = at; j < at + word.length; j += 1) marked[owner[j]!] = true;
    }
  }
  const parts: TextPart[] = [];
  chars.forEach((char, index) => {
    const last = parts.at(-1);
    if (last && last.match === marked[index]) last.text += char;
    else parts.push({ text: char, match: marked[index]! });
  });
  return parts;
}
