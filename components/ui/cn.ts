import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names (clsx) and lets later Tailwind utilities override earlier ones:
 * `cn("px-4 text-sm", className)` with `className = "px-2"` gives `"text-sm px-2"`.
 * Conflicts are resolved between arguments; one argument alone is returned as written,
 * without tailwind-merge — whose first call builds its table of every utility, ~40 ms of
 * a phone's main thread at page load (docs/architecture.md, "Client cost", tenth pass).
 */
export function cn(...inputs: ClassValue[]): string {
  let given: ClassValue = undefined;
  let count = 0;
  for (const input of inputs) {
    if (input) {
      given = input;
      count += 1;
    }
  }
  if (count === 1 && typeof given === "string") return given;
  return twMerge(clsx(inputs));
}
