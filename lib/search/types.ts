/**
 * What the search routes answer and the command palette reads. Kept free of server
 * imports, so client components can use the types and constants.
 */

/** Result groups, in the order the palette shows them. Each comes from one provider. */
export const SEARCH_GROUPS = [
  "partners",
  "accounts",
  "programs",
  "applications",
  "deals",
  "registrations",
  "products",
  "members",
  "portalUsers",
  "team",
  "notifications",
] as const;
export type SearchGroupId = (typeof SEARCH_GROUPS)[number];

/** Below this many characters only the palette's own commands are matched (no request). */
export const SEARCH_MIN_LENGTH = 2;
/** Longer text is cut: nobody types a 100-character name, and patterns stay cheap. */
export const SEARCH_MAX_LENGTH = 100;
/** Hits per group; `more` says whether the group's own list has others. */
export const SEARCH_GROUP_LIMIT = 5;

/** One found object, already in the reader's language; plain text, rendered as text. */
export type SearchHit = {
  id: string;
  title: string;
  /** Second line: an e-mail address, a notification's body… */
  detail: string | null;
  /** Short qualifier shown beside the title: a role, a status, the person's partner. */
  meta: string | null;
  /** Same-site path the hit opens. */
  href: string;
};

export type SearchGroup = {
  id: SearchGroupId;
  hits: SearchHit[];
  /** There are more matches than `hits`. */
  more: boolean;
  /** A page listing every match, when the module has one. */
  moreHref: string | null;
};

export type SearchResult = {
  /** The text as searched (trimmed, control characters removed, cut to the maximum). */
  query: string;
  /** Groups with at least one hit, in SEARCH_GROUPS order. */
  groups: SearchGroup[];
  /** Groups the reader may search whose provider failed this time (logged on the server). */
  failed: SearchGroupId[];
};

/**
 * Typed text as it is searched: Unicode-normalised (NFC, as browsers send), NUL and
 * invisible format characters (zero-width spaces…) dropped, other control characters
 * (tabs, line breaks) turned into spaces, whitespace collapsed,
 * cut to SEARCH_MAX_LENGTH characters (code points: an emoji is never split in half).
 * Shared by server and client, so both agree when a query is long enough to send.
 */
export function normalizeSearchText(raw: string): string {
  const text = raw
    .normalize("NFC")
    .replaceAll("\u0000", "")
    .replace(/\p{Cf}/gu, "")
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(text).slice(0, SEARCH_MAX_LENGTH).join("").trim();
}
