"use client";

import * as React from "react";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonVariants } from "./button";
import { cn } from "./cn";

/** Radix Dialog root: `open`/`onOpenChange` for control, or uncontrolled with a trigger. */
export const Dialog = DialogPrimitive.Root;
/** Wrap a Button with `asChild` so it opens the dialog. */
export const DialogTrigger = DialogPrimitive.Trigger;
/** Wrap a Button with `asChild` so it closes the dialog (e.g. "Cancel"). */
export const DialogClose = DialogPrimitive.Close;

export type DialogContentProps = Omit<React.ComponentProps<typeof DialogPrimitive.Content>, "title"> & {
  /** Required accessible title (rendered as the dialog heading). */
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Keep the title for screen readers only (e.g. a navigation drawer). */
  hideTitle?: boolean;
  /** "center": a modal box (full width on phones); "left": a drawer sliding from the left. */
  side?: "center" | "left";
  /** Hide the top-right × button when the content has its own close control. */
  hideCloseButton?: boolean;
};

const sides = {
  center:
    "top-1/2 left-1/2 max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 " +
    "overflow-y-auto rounded-xl p-6 data-[state=open]:animate-scale-in",
  left: "inset-y-0 left-0 flex h-dvh w-[min(20rem,85vw)] flex-col overflow-y-auto p-4 data-[state=open]:animate-slide-in-left",
} as const;

/** The dialog panel with overlay, focus trap, Escape to close and a labelled close button. */
export function DialogContent({
  title,
  description,
  hideTitle = false,
  side = "center",
  hideCloseButton = false,
  className,
  children,
  ...props
}: DialogContentProps) {
  const t = useTranslations("ui");
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-slate-950/50 data-[state=open]:animate-fade-in" />
      <DialogPrimitive.Content
        className={cn("fixed z-50 bg-white shadow-xl focus:outline-none", sides[side], className)}
        {...(description ? {} : { "aria-describedby": undefined })}
        {...props}
      >
        <div className={cn("mb-4 pr-10", hideTitle && "sr-only")}>
          <DialogPrimitive.Title className="text-lg font-semibold text-slate-900">{title}</DialogPrimitive.Title>
          {description && (
            <DialogPrimitive.Description className="mt-1 text-sm text-slate-600">
              {description}
            </DialogPrimitive.Description>
          )}
        </div>
        {children}
        {!hideCloseButton && (
          <DialogPrimitive.Close
            className={buttonVariants({ variant: "ghost", size: "icon", className: "absolute top-2 right-2" })}
          >
            <X aria-hidden="true" />
            <span className="sr-only">{t("close")}</span>
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

/** Action row at the bottom of a dialog (its own module, without Radix). */
export { DialogFooter } from "./dialog-footer";
