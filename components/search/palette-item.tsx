"use client";

import { Command } from "cmdk";
import { ArrowRight } from "lucide-react";
import type { SearchGroupId } from "@/lib/search/types";
import { Highlight } from "./highlight";
import { paletteIcons } from "./icons";
import type { PaletteEntry } from "./types";

const itemClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-3 py-2 text-sm text-slate-800 " +
  "data-[selected=true]:bg-brand-50 data-[selected=true]:text-brand-950";

/**
 * One option: icon, the title with the typed words marked, a second line (e-mail address,
 * notification text) and a qualifier (role, status, partner). Long values wrap at word
 * boundaries and break only where they must; the option's accessible name is all of it.
 */
export function PaletteItem({
  value,
  entry,
  meta = null,
  words,
  onSelect,
}: {
  value: string;
  entry: PaletteEntry;
  meta?: string | null;
  words: string[];
  onSelect: () => void;
}) {
  const Icon = paletteIcons[entry.icon];
  return (
    <Command.Item value={value} onSelect={onSelect} className={itemClass}>
      <Icon aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
      <span className="min-w-0 flex-1 break-words">
        <span className="block font-medium">
          <Highlight text={entry.label} words={words} />
        </span>
        {entry.detail && (
          <span className="line-clamp-2 block text-xs text-slate-600">
            <Highlight text={entry.detail} words={words} />
          </span>
        )}
        {meta && <span className="block text-xs text-slate-600 sm:hidden">{meta}</span>}
      </span>
      {meta && <span className="hidden max-w-40 shrink-0 truncate text-xs text-slate-600 sm:block">{meta}</span>}
    </Command.Item>
  );
}

/** "See all matches in Partners": opens the module's own list, filtered by the same text. */
export function MoreItem({ group, label, onSelect }: { group: SearchGroupId; label: string; onSelect: () => void }) {
  return (
    <Command.Item value={`${group}:more`} onSelect={onSelect} className={`${itemClass} text-brand-800`}>
      <ArrowRight aria-hidden="true" className="size-4 shrink-0" />
      <span className="min-w-0 flex-1">{label}</span>
    </Command.Item>
  );
}
