import * as React from "react";
import { cn } from "./cn";

export type PageHeaderProps = {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Primary actions (buttons/links), placed right on desktop and below the title on phones. */
  actions?: React.ReactNode;
  /** Shown above the title, e.g. a back link or breadcrumbs. */
  eyebrow?: React.ReactNode;
  className?: string;
};

/** The page's <h1> with its description and actions. One per page. */
export function PageHeader({ title, description, actions, eyebrow, className }: PageHeaderProps) {
  return (
    // Side by side while the title keeps 24rem beside the actions; past that the actions
    // wrap below it (three Spanish buttons left the description 42px at 1024 px).
    <header className={cn("mb-6 flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between", className)}>
      <div className="min-w-0 space-y-1 sm:flex-[1_1_24rem]">
        {eyebrow && <div className="text-sm text-slate-600">{eyebrow}</div>}
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">{title}</h1>
        {description && <p className="max-w-3xl text-sm text-pretty text-slate-600 sm:text-base">{description}</p>}
      </div>
      {actions && <div className="flex min-w-0 flex-wrap gap-2 sm:justify-end">{actions}</div>}
    </header>
  );
}
