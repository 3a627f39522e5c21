import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type AuthCardProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Small icon shown above the title (decorative). */
  icon?: ReactNode;
  /** Links under the card, e.g. "New to Canal? Create a workspace". */
  footer?: ReactNode;
  /** "md" for single-purpose forms (sign-in), "lg" for longer ones (sign-up). */
  width?: "md" | "lg";
  children?: ReactNode;
};

/** The centred card every sign-in style page uses, with the page's only <h1>. */
export function AuthCard({ title, description, icon, footer, width = "md", children }: AuthCardProps) {
  return (
    <div className="flex flex-1 items-start justify-center px-4 py-8 sm:items-center sm:py-12">
      <div className={cn("w-full", width === "md" ? "max-w-md" : "max-w-2xl")}>
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <div className="mb-6 space-y-2">
            {icon && (
              <div
                aria-hidden="true"
                className="mb-4 flex size-11 items-center justify-center rounded-full bg-brand-50 text-brand-700 [&_svg]:size-5"
              >
                {icon}
              </div>
            )}
            <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900">{title}</h1>
            {description && <div className="text-sm text-pretty text-slate-600">{description}</div>}
          </div>
          {children}
        </div>
        {footer && <div className="mt-6 text-center text-sm text-slate-700">{footer}</div>}
      </div>
    </div>
  );
}
