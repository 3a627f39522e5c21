import "server-only";
import { authorize, scopeOf, type TenantCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { searchWords, type ProviderResult, type SearchRequest } from "@/lib/search/provider";
import { visibleNotifications } from "./scope";
import { notificationText, safeLink, type Translate } from "./texts";

/**
 * How many of the reader's latest notifications search looks through. Notifications are
 * stored as an event type and template values and only become words in the reader's
 * language, so they are matched on the text the reader sees, after translating; the
 * query itself is the bell's (the user's own rows, by the userId index).
 */
export const NOTIFICATION_SEARCH_WINDOW = 200;

/** Lower-case without accents: "Peña" is found by "pena" as well. */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();

/**
 * The reader's own notifications whose title and text hold every typed word, in any order
 * (registered in lib/search/registry.ts).
 */
export async function searchNotifications(ctx: TenantCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "notifications.read");
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.notification.findMany({
      where: visibleNotifications(ctx),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: NOTIFICATION_SEARCH_WINDOW,
      select: { id: true, type: true, params: true, link: true },
    }),
  );
  const t = searchWords(request.locale, "notifications") as unknown as Translate;
  const enums = searchWords(request.locale, "enums") as unknown as Translate;
  const words = fold(request.text).split(" ");
  const center = `/${ctx.tenant.slug}/${ctx.audience === "vendor" ? "admin" : "portal"}/notifications`;
  const matches = rows
    .map((row) => ({ row, text: notificationText(t, enums, row.type, (row.params ?? {}) as Record<string, string>) }))
    .filter(({ text }) => {
      const haystack = fold(`${text.title}\n${text.body}`);
      return words.every((word) => haystack.includes(word));
    });
  return {
    hits: matches.slice(0, request.limit).map(({ row, text }) => ({
      id: row.id,
      title: text.title,
      detail: text.body,
      meta: null,
      href: safeLink(row.link, center),
    })),
    more: matches.length > request.limit,
    moreHref: center,
  };
}
