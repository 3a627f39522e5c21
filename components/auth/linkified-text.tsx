import type { ReactNode } from "react";

// http(s) URLs only: other schemes (javascript:, data:) are never turned into links.
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
// Sentence punctuation right after a URL belongs to the sentence, not the link.
const TRAILING = /[.,;:!?)\]}'"]+$/;

export type LinkifiedTextProps = {
  text: string;
  /**
   * Only URLs of this origin (the app's own) become links, made relative so they open in
   * whichever host serves the app; any other URL stays plain text, so a captured message
   * can never turn the mailbox into a launch pad for a foreign site.
   */
  appOrigin: string;
};

function toHref(raw: string, appOrigin: string): string | null {
  try {
    const url = new URL(raw);
    return url.origin === appOrigin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/**
 * Plain text with the app's own URLs made clickable. React escapes every piece, so a message can
 * never inject markup here (no dangerouslySetInnerHTML).
 */
export function LinkifiedText({ text, appOrigin }: LinkifiedTextProps) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const raw = match[0].replace(TRAILING, "");
    const href = raw ? toHref(raw, appOrigin) : null;
    if (!href) continue;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={href} className="break-all font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
        {raw}
      </a>,
    );
    last = start + raw.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
