import * as React from "react";
import { Inbox } from "lucide-react";
import { cn } from "./cn";

export type EmptyStateProps = {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** An icon element, e.g. <Users />. Defaults to an inbox. */
  icon?: React.ReactNode;
  /** A call to action, e.g. <Button asChild><Link href="…">Invite a partner</Link></Button>. */
  action?: React.ReactNode;
  /** Heading level for the title. Default h2. */
  headingLevel?: "h2" | "h3";
  className?: string;
};

/** What a list shows when it has nothing yet: what belongs here and how to add the first one. */
export function EmptyState({ title, description, icon, action, headingLevel = "h2", className }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center",
        className,
      )}
    >
      <div
        aria-hidden="true"
        className="mb-4 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-700 [&_svg]:size-6"
      >
        {icon ?? <Inbox />}
      </div>
      <Heading className="text-base font-semibold text-slate-900">{title}</Heading>
      {description && <p className="mt-1 max-w-md text-sm text-slate-600">{description}</p>}
      {action && <div className="mt-6 flex flex-wrap justify-center gap-2">{action}</div>}
    </div>
  );
}
