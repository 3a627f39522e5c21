import * as React from "react";
import { Slot, Slottable } from "@radix-ui/react-slot";
import { cn } from "./cn";
import { Spinner } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "link";
export type ButtonSize = "sm" | "md" | "lg" | "icon";

const base =
  "relative inline-flex select-none items-center justify-center gap-2 whitespace-nowrap rounded-lg font-medium " +
  "transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 " +
  "disabled:pointer-events-none disabled:opacity-60 aria-disabled:pointer-events-none aria-disabled:opacity-60 " +
  "[&_svg]:shrink-0";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white shadow-sm hover:bg-brand-800 active:bg-brand-900",
  secondary: "border border-slate-300 bg-white text-slate-900 shadow-sm hover:bg-slate-50 active:bg-slate-100",
  ghost: "text-slate-700 hover:bg-slate-100 hover:text-slate-900 active:bg-slate-200",
  danger: "bg-red-700 text-white shadow-sm hover:bg-red-800 active:bg-red-900 focus-visible:outline-red-700",
  link: "px-0 text-brand-700 underline-offset-4 hover:text-brand-800 hover:underline",
};

// Phones get 44px targets (WCAG 2.5.5); from `sm` up the controls can be more compact.
const sizes: Record<ButtonSize, string> = {
  sm: "min-h-11 px-3 text-sm sm:min-h-8 [&_svg]:size-4",
  md: "min-h-11 px-4 text-sm sm:min-h-10 [&_svg]:size-4",
  lg: "min-h-12 px-6 text-base [&_svg]:size-5",
  icon: "size-11 sm:size-10 [&_svg]:size-5",
};

/** The classes of a button, for elements that cannot use <Button> (e.g. a Link in a list). */
export function buttonVariants({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(base, variants[variant], variant === "link" ? sizes[size].replace(/px-\d+/, "") : sizes[size], className);
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
