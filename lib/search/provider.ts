import "server-only";
import { createTranslator } from "next-intl";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { containsText, startsWithText } from "@/lib/db/like";
import type { Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import type { SearchGroupId, SearchHit } from "./types";

/** What a provider is asked: normalised text (≥ SEARCH_MIN_LENGTH), the reader's language, a group size. */
export type SearchRequest = { text: string; locale: Locale; limit: number };

/** A provider's answer for its group. */
export type ProviderResult = { hits: SearchHit[]; more: boolean; moreHref: string | null };

/**
 * One searchable kind of object. The module that owns the objects writes `search` next
 * to its service, filtering with the SAME visibility rule the service's lists use and
 * opening with `authorize(ctx, permission)`; lib/search/registry.ts lists it once.
 */
export type SearchProvider =
  | { group: SearchGroupId; audience: "vendor"; permission: Permission; search: (ctx: VendorCtx, request: SearchRequest) => Promise<ProviderResult> }
  | { group: SearchGroupId; audience: "partner"; permission: Permission; search: (ctx: PartnerCtx, request: SearchRequest) => Promise<ProviderResult> };

export type TextFilter = ReturnType<typeof containsText> | ReturnType<typeof startsWithText>;

/**
 * Beginnings first: what people type is usually the start of a name or address, so rows
 * that start with the text come before rows that merely contain it. `find` runs the
 * provider's query with a text filter, a row budget and ids already taken; one row more
 * than `limit` tells whether there are more. At most two indexed queries.
 */
export async function beginningsFirst<T extends { id: string }>(
  text: string,
  limit: number,
  find: (filter: TextFilter, take: number, excludeIds: string[]) => Promise<T[]>,
): Promise<{ rows: T[]; more: boolean }> {
  const starting = await find(startsWithText(text), limit + 1, []);
  if (starting.length > limit) return { rows: starting.slice(0, limit), more: true };
  const containing = await find(containsText(text), limit + 1 - starting.length, starting.map((row) => row.id));
  const rows = [...starting, ...containing];
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** Words for hits (roles, statuses, types) in the reader's language, outside a React request. */
export function searchWords<N extends "enums" | "notifications" | "applications" | "accounts" | "programs" | "catalog">(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace });
}

/** `?q=` for a module's list page, so "see all" opens it filtered by the same text. */
export function withQuery(path: string, text: string): string {
  return `${path}?${new URLSearchParams({ q: text })}`;
}
