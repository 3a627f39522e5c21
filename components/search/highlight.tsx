import { Fragment } from "react";
import { highlightParts } from "./match";

/** Text with the typed words marked; always rendered as text nodes, never as HTML. */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  return (
    <>
      {highlightParts(text, words).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-100 text-inherit">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
