import type { ReactNode } from "react";

// http(s) URLs only: other schemes (javascript:, data:) are never turned into links.
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
// Sentence punctuation right after a URL belongs to the sentence, not the link.
const TRAILING = /[.,;:!?)\]}'"]+$/;

export type LinkifiedTextProps = {
  text: string;
  /** Links to this origin become relative, so they open in whichever host serves the app. */
  appOrigin?: string;
};

function toHref(raw: string, appOrigin: string | undefined): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (appOrigin && url.origin === appOrigin) return `${url.pathname}${url.search}${url.hash}`;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Plain text with its URLs made clickable. React escapes every piece, so a message can
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
    const external = !href.startsWith("/");
    parts.push(
      <a
        key={start}
        href={href}
        className="break-all font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
        {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      >
        {raw}
      </a>,
    );
    last = start + raw.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
