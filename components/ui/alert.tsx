import * as React from "react";
import { CircleCheck, CircleExclamationPoint, Info, TriangleExclamationPoint, type LucideIcon } from "lucide-react";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "warning" | "error";

const tones: Record<AlertTone, { box: string; icon: string; Icon: LucideIcon }> = {
  info: { box: "border-sky-200 bg-sky-50 text-sky-900", icon: "text-sky-700", Icon: Info },
  success: { box: "border-emerald-200 bg-emerald-50 text-emerald-900", icon: "text-emerald-700", Icon: CircleCheck },
  warning: {
    box: "border-amber-300 bg-amber-50 text-amber-900",
    icon: "text-amber-700",
    Icon: TriangleExclamationPoint,
  },
  error: { box: "border-red-200 bg-red-50 text-red-900", icon: "text-red-700", Icon: CircleExclamationPoint },
};

export type AlertProps = Omit<React.HTMLAttributes<HTMLDivElement>, "title"> & {
  tone?: AlertTone;
  title?: React.ReactNode;
  /** Buttons or links shown after the message. */
  actions?: React.ReactNode;
  ref?: React.Ref<HTMLDivElement>;
};

/**
 * A message box. Errors use role="alert" (announced at once), the other tones
 * role="status" (announced politely). Override with `role` when the alert is static text.
 */
export function Alert({ tone = "info", title, actions, className, children, role, ...props }: AlertProps) {
  const { box, icon, Icon } = tones[tone];
  return (
    <div
      role={role ?? (tone === "error" ? "alert" : "status")}
      className={cn("flex gap-3 rounded-lg border p-4 text-sm", box, className)}
      {...props}
    >
      <Icon aria-hidden="true" className={cn("mt-0.5 size-5 shrink-0", icon)} />
      <div className="min-w-0 flex-1 space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className="[&_a]:font-medium [&_a]:underline">{children}</div>}
        {actions && <div className="flex flex-wrap gap-2 pt-2">{actions}</div>}
      </div>
    </div>
  );
}
