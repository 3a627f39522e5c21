import * as React from "react";
import { cn } from "./cn";

export type StatusMessageProps = {
  /** Small label above the title, e.g. "Error 404". */
  code?: React.ReactNode;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** An icon element, e.g. <Compass />. */
  icon?: React.ReactNode;
  /** Links/buttons, e.g. back home and try again. */
  actions?: React.ReactNode;
  /** Extra content under the actions (e.g. an error reference). */
  children?: React.ReactNode;
  className?: string;
};

/** A centred full-page message for 403/404/500 and similar states. Renders the page's <h1>. */
export function StatusMessage({ code, title, description, icon, actions, children, className }: StatusMessageProps) {
  return (
    <div className={cn("mx-auto flex max-w-lg flex-col items-center px-4 py-16 text-center sm:py-24", className)}>
      {icon && (
        <div
          aria-hidden="true"
          className="mb-6 flex size-14 items-center justify-center rounded-2xl bg-brand-50 text-brand-700 ring-1 ring-brand-100 [&_svg]:size-7"
        >
          {icon}
        </div>
      )}
      {code && <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{code}</p>}
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">{title}</h1>
      {description && <p className="mt-3 text-base text-pretty text-slate-600">{description}</p>}
      {actions && <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:justify-center">{actions}</div>}
      {children && <div className="mt-6 text-sm text-slate-600">{children}</div>}
    </div>
  );
}
