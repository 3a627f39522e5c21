import * as React from "react";
import { Slot, Slottable } from "@radix-ui/react-slot";
import { cn } from "./cn";
import { Spinner } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "link";
export type ButtonSize = "sm" | "md" | "lg" | "icon";

/** The classes of a button, for elements that cannot use <Button> (e.g. a Link in a list). Styles: app/globals.css. */
export function buttonVariants({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  // The canal-btn classes are no Tailwind utilities, so nothing in `className` can override
  // them: only `className` itself goes through cn.
  const base = `canal-btn canal-btn-${size} canal-btn-${variant}`;
  return className ? `${base} ${cn(className)}` : base;
}

export type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Render the single child (e.g. a Next <Link>) with the button's styles instead of a <button>. */
  asChild?: boolean;
  /** Shows a spinner, sets aria-busy and disables the button. */
  loading?: boolean;
  /** Text shown instead of the children while loading (e.g. "Saving…"). */
  loadingText?: string;
  ref?: React.Ref<HTMLButtonElement>;
};

export function Button({
  variant = "primary",
  size = "md",
  asChild = false,
  loading = false,
  loadingText,
  disabled,
  className,
  children,
  type,
  ref,
  ...props
}: ButtonProps) {
  const classes = buttonVariants({ variant, size, className });
  const spinner = loading ? <Spinner size={size === "lg" ? "md" : "sm"} /> : null;

  if (asChild) {
    return (
      <Slot
        ref={ref as React.Ref<HTMLElement>}
        className={classes}
        aria-busy={loading || undefined}
        aria-disabled={disabled || loading || undefined}
        {...props}
      >
        {spinner}
        <Slottable>{children}</Slottable>
      </Slot>
    );
  }

  return (
    <button
      ref={ref}
      type={type ?? "button"}
      className={classes}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      {...props}
    >
      {spinner}
      {loading && loadingText ? loadingText : children}
    </button>
  );
}
