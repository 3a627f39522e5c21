import { LoaderCircle } from "lucide-react";
import { cn } from "./cn";

export type SpinnerProps = {
  /** Announced to screen readers; without it the spinner is decorative (aria-hidden). */
  label?: string;
  size?: "sm" | "md" | "lg";
  className?: string;
};

const sizes = { sm: "size-4", md: "size-5", lg: "size-8" } as const;

/** A rotating indicator. Give it a `label` when nothing else on screen says "loading". */
export function Spinner({ label, size = "md", className }: SpinnerProps) {
  const icon = <LoaderCircle aria-hidden="true" className={cn("shrink-0 animate-spin", sizes[size], className)} />;
  if (!label) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
