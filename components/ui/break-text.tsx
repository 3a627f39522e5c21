import { Fragment } from "react";

/**
 * Long unbroken values (e-mail addresses, URLs, ids) with line-break opportunities after
 * "@", ".", "/", "-" and "_", so they wrap at those points instead of mid-word or off the
 * screen.
 */
export function BreakText({ value, className }: { value: string; className?: string }) {
  const parts = value.split(/(?<=[@./_-])/);
  return (
    <span className={className}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}

/** A value cut to one line with an ellipsis; the whole value stays in the DOM and the tooltip. */
export function Truncate({ value, className }: { value: string; className?: string }) {
  return (
    <span title={value} className={`block max-w-full truncate ${className ?? ""}`}>
      {value}
    </span>
  );
}
