"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { Command } from "cmdk";
import { RotateCcw, Search, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { DialogClose } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { SEARCH_MAX_LENGTH, type SearchGroup, type SearchGroupId } from "@/lib/search/types";
import { MoreItem, PaletteItem } from "./palette-item";
import { matchCommands, searchWords } from "./match";
import { readRecent, rememberRecent } from "./recent";
import { COMMAND_SECTIONS, type PaletteCommand, type PaletteEntry } from "./types";
import { useSearch } from "./use-search";

export type PaletteBodyProps = {
  endpoint: string;
  commands: PaletteCommand[];
  groups: SearchGroupId[];
  storageKey: string;
  /** Typed before the palette appeared (its code was loading: ./command-palette.tsx). */
  initialQuery?: string;
  onDone: () => void;
};

const groupClass =
  "[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-3 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs " +
  "[&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:tracking-wide [&_[cmdk-group-heading]]:text-slate-600 [&_[cmdk-group-heading]]:uppercase";

/** Same-page targets load afresh: list filters and dialogs (`?new=1`) read the URL when a page loads. */
function useNavigate() {
  const router = useRouter();
  return (href: string) => {
    const target = new URL(href, window.location.href);
    if (target.pathname !== window.location.pathname) router.push(`${target.pathname}${target.search}${target.hash}`);
    else if (target.search !== window.location.search || target.hash) window.location.assign(target.href);
  };
}

/**
 * The palette itself (cmdk: a combobox input driving a listbox, arrow keys, Enter, type-ahead):
 * recent items and commands, matched as one types, then the server's results by group.
 */
export function PaletteBody({ endpoint, commands, groups, storageKey, initialQuery = "", onDone }: PaletteBodyProps) {
  const t = useTranslations("search");
  const format = useFormatter();
  const navigate = useNavigate();
  const [query, setQuery] = useState(initialQuery);
  // The dialog opens on the client only, so reading storage here cannot differ from the server.
  const [recent] = useState(() => readRecent(storageKey));
  const search = useSearch(endpoint, query);
  const words = useMemo(() => searchWords(query), [query]);
  const typed = words.length > 0;
  const matched = useMemo(() => matchCommands(commands, words), [commands, words]);
  const results = search.data?.groups ?? [];

  function open(entry: PaletteEntry, remember = true) {
    if (remember) rememberRecent(storageKey, entry);
    onDone();
    navigate(entry.href);
  }

  const count =
    (typed ? 0 : recent.length) + matched.length + results.reduce((sum, group) => sum + group.hits.length + (group.moreHref && group.more ? 1 : 0), 0);
  const settled = !search.waiting;
  const nothing = typed && settled && !search.failed && count === 0;
  const groupLabel = (id: SearchGroupId) => t(`groups.${id}`);
  const moreEntry = (group: SearchGroup): PaletteEntry => ({ id: `${group.id}:more`, label: "", detail: null, href: group.moreHref!, icon: group.id });

  return (
    <Command label={t("title")} shouldFilter={false} loop className="flex min-h-0 flex-1 flex-col">
      {/* The row's bottom edge is the input's focus indicator (an outline would hug the dialog's edge). */}
      <div className="flex items-center gap-2 border-b-2 border-slate-200 px-3 focus-within:border-brand-600 sm:px-4">
        <Search aria-hidden="true" className="size-5 shrink-0 text-slate-500" />
        <Command.Input
          value={query}
          onValueChange={setQuery}
          placeholder={t("placeholder")}
          maxLength={SEARCH_MAX_LENGTH * 2}
          className="h-14 min-w-0 flex-1 bg-transparent text-base text-slate-900 placeholder:text-slate-500 focus-visible:outline-none"
        />
        {search.waiting && <Spinner size="sm" className="text-slate-500" />}
        <DialogClose className="inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100 sm:h-8 sm:w-auto sm:px-2">
          <X aria-hidden="true" className="size-5 sm:hidden" />
          <kbd aria-hidden="true" className="hidden rounded border border-slate-300 px-1.5 font-sans text-xs sm:inline">
            Esc
          </kbd>
          <span className="sr-only">{t("close")}</span>
        </DialogClose>
      </div>

      {/* Arrow keys move through the options from the input; the region is also a tab stop so
          the list can be scrolled from the keyboard (and cmdk's keys still work from it). */}
      <div
        role="region"
        aria-label={t("results")}
        tabIndex={0}
        className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-2 pb-2 focus-visible:outline-offset-[-2px]"
      >
        {!typed && groups.length > 0 && (
          <p className="px-3 pt-3 text-xs text-slate-600">
            {t("searches", { things: format.list(groups.map((id) => t(`things.${id}`)), { type: "conjunction" }) })}
          </p>
        )}
        <Command.List className={groupClass}>
          {!typed && recent.length > 0 && (
            <Command.Group heading={t("groups.recent")}>
              {recent.map((entry) => (
                <PaletteItem key={entry.id} value={`recent:${entry.id}`} entry={entry} words={words} onSelect={() => open(entry)} />
              ))}
            </Command.Group>
          )}
          {COMMAND_SECTIONS.map((section) => {
            const items = matched.filter((command) => command.section === section);
            if (items.length === 0) return null;
            return (
              <Command.Group key={section} heading={t(`groups.${section}`)}>
                {items.map((command) => {
                  const entry = { ...command, detail: null };
                  return <PaletteItem key={command.id} value={command.id} entry={entry} words={words} onSelect={() => open(entry)} />;
                })}
              </Command.Group>
            );
          })}
          {results.map((group) => (
            <Command.Group key={group.id} heading={groupLabel(group.id)}>
              {group.hits.map((hit) => {
                const entry = { id: `${group.id}:${hit.id}`, label: hit.title, detail: hit.detail, href: hit.href, icon: group.id };
                return (
                  <PaletteItem key={hit.id} value={entry.id} entry={entry} meta={hit.meta} words={words} onSelect={() => open(entry)} />
                );
              })}
              {group.more && group.moreHref && (
                <MoreItem group={group.id} label={t("more", { group: groupLabel(group.id) })} onSelect={() => open(moreEntry(group), false)} />
              )}
            </Command.Group>
          ))}
          {search.failed && (
            <Command.Group heading={t("error")}>
              <Command.Item
                value="retry"
                onSelect={search.retry}
                className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-3 text-sm text-slate-800 data-[selected=true]:bg-brand-50"
              >
                <RotateCcw aria-hidden="true" className="size-4 text-slate-500" />
                {t("retry")}
              </Command.Item>
            </Command.Group>
          )}
        </Command.List>
        {search.data && search.data.failed.length > 0 && !search.failed && (
          <p className="px-3 py-2 text-xs text-slate-600">
            {t("partial", { groups: format.list(search.data.failed.map(groupLabel), { type: "conjunction" }) })}
          </p>
        )}
        {typed && search.waiting && results.length === 0 && (
          <p className="px-3 py-6 text-center text-sm text-slate-600">{t("loading")}</p>
        )}
        {nothing && (
          <div className="px-3 py-8 text-center">
            <p className="text-sm font-medium text-slate-900 break-words">{t("empty", { query: query.trim() })}</p>
            <p className="mt-1 text-sm text-slate-600">{t("emptyHint")}</p>
          </div>
        )}
      </div>

      <div className="hidden items-center gap-4 border-t border-slate-200 px-4 py-2 text-xs text-slate-600 sm:flex">
        <span aria-hidden="true" className="ml-auto flex shrink-0 items-center gap-3">
          <span><kbd className="font-sans">↑↓</kbd> {t("hints.move")}</span>
          <span><kbd className="font-sans">↵</kbd> {t("hints.open")}</span>
          <span><kbd className="font-sans">Esc</kbd> {t("hints.close")}</span>
        </span>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {!typed || !settled ? "" : search.failed ? t("error") : t("announce", { count })}
      </p>
    </Command>
  );
}
