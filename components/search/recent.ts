import { safeLink } from "@/lib/notify/texts";
import { isPaletteIcon } from "./icons";
import type { PaletteEntry } from "./types";

/**
 * The last things opened from the palette, per person and workspace side, in this
 * browser's localStorage (the key carries tenant, side and user id, so people sharing a
 * browser do not see each other's). What is read back is checked: same-site paths only.
 */
const MAX_RECENT = 5;

function isEntry(value: unknown): value is PaletteEntry {
  if (!value || typeof value !== "object") return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === "string" &&
    typeof entry.label === "string" &&
    (entry.detail === null || typeof entry.detail === "string") &&
    typeof entry.href === "string" &&
    safeLink(entry.href, "") === entry.href &&
    isPaletteIcon(entry.icon)
  );
}

export function readRecent(storageKey: string): PaletteEntry[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, MAX_RECENT) : [];
  } catch {
    // Storage switched off, or a value someone else wrote: no recent items.
    return [];
  }
}

export function rememberRecent(storageKey: string, entry: PaletteEntry): void {
  const { id, label, detail, href, icon } = entry;
  const items = [{ id, label, detail, href, icon }, ...readRecent(storageKey).filter((item) => item.id !== id)];
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(items.slice(0, MAX_RECENT)));
  } catch {
    // Full or switched-off storage only costs the recent list.
  }
}
