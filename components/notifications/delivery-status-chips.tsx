import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { DELIVERY_STATUSES, type DeliveryStatus } from "@/lib/notify/schema";

export type DeliveryStatusChipsProps = {
  /** The current URL's query (other filters and sort are kept when a chip is chosen). */
  query: Record<string, string | undefined>;
  path: string;
  status?: DeliveryStatus | undefined;
  /** Per status, within the other filters (not the status filter), so every chip has its number. */
  counts: Partial<Record<DeliveryStatus, number>>;
};

function href(path: string, query: Record<string, string | undefined>, status: string | undefined) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value && key !== "page" && key !== "status") params.set(key, value);
  if (status) params.set("status", status);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** One chip per status with its count, filtering the log by that status. */
export function DeliveryStatusChips({ query, path, status, counts }: DeliveryStatusChipsProps) {
  const t = useTranslations("notifications.deliveries");
  const format = useFormatter();
  const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
  const chips = [
    { key: "all", label: t("counts.all"), count: total, target: undefined, current: !status },
    ...DELIVERY_STATUSES.filter((value) => (counts[value] ?? 0) > 0 || value === status).map((value) => ({
      key: value,
      label: t(`statuses.${value}`),
      count: counts[value] ?? 0,
      target: value,
      current: value === status,
    })),
  ];

  return (
    <nav aria-label={t("counts.label")} className="mb-4">
      <ul role="list" className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={href(path, query, chip.target)}
              aria-current={chip.current ? "true" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center gap-2 rounded-full border px-3 text-sm sm:min-h-8",
                chip.current
                  ? "border-brand-700 bg-brand-700 text-white"
                  : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
              )}
            >
              {chip.label}
              <span className={cn("font-semibold tabular-nums", chip.current ? "text-white" : "text-slate-900")}>
                {format.number(chip.count)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
