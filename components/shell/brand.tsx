import { Waypoints } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { svgElement, svgIcon } from "@/components/ui/svg-icon";

const mark = svgElement(svgIcon(Waypoints), "size-5");

/** The Canal mark and wordmark. The mark is decorative; the name is the accessible text. */
export function Brand({ className, compact = false }: { className?: string; compact?: boolean }) {
  const t = useTranslations("common");
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight text-slate-900", className)}>
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-lg bg-brand-700 text-white shadow-sm"
      >
        {mark}
      </span>
      <span className={cn("text-lg", compact && "sr-only")}>{t("appName")}</span>
    </span>
  );
}
