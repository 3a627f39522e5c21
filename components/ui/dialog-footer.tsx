import type { HTMLAttributes } from "react";
import { cn } from "./cn";

/**
 * Action row at the bottom of a dialog: stacked on phones, right-aligned from `sm`. Its own
 * module (no Radix) so that a form shown both in a dialog and inline can use it without
 * bringing the dialog's code into the page.
 */
export function DialogFooter({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}
