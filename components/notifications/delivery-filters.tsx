import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Button, buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { DeliveryStatus } from "@/lib/notify/schema";
import { DELIVERY_CHANNELS, DELIVERY_STATUSES, type DeliveryChannel } from "./delivery-labels";

export type DeliveryFiltersProps = {
  path: string;
  status?: DeliveryStatus | undefined;
  channel?: DeliveryChannel | undefined;
  /** Per status, within the channel filter (not the status filter), so every chip has its number. */
  counts: Partial<Record<DeliveryStatus, number>>;
};

function href(path: string, query: { status?: string | undefined; channel?: string | undefined }) {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.channel) params.set("channel", query.channel);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * Status and channel as a plain GET form (works without JavaScript; the URL can be shared),
 * and one chip per status with its count that filters by that status.
 */
export function DeliveryFilters({ path, status, channel, counts }: DeliveryFiltersProps) {
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
    <div className="mb-4 space-y-3">
      <form
        method="get"
        action={path}
        aria-label={t("filters.label")}
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[14rem_12rem_auto] sm:items-end"
      >
        <div className="space-y-1.5">
          <Label htmlFor="delivery-status">{t("filters.status")}</Label>
          <Select
            id="delivery-status"
            name="status"
            defaultValue={status ?? ""}
            placeholder={t("filters.allStatuses")}
            options={DELIVERY_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="delivery-channel">{t("filters.channel")}</Label>
          <Select
            id="delivery-channel"
            name="channel"
            defaultValue={channel ?? ""}
            placeholder={t("filters.allChannels")}
            options={DELIVERY_CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) }))}
          />
        </div>
        <div className="flex gap-2">
          <Button type="submit" variant="secondary" className="flex-1 sm:flex-none">
            {t("filters.apply")}
          </Button>
          {(status || channel) && (
            <Link href={path} className={buttonVariants({ variant: "ghost", className: "flex-1 sm:flex-none" })}>
              {t("filters.clear")}
            </Link>
          )}
        </div>
      </form>
      <nav aria-label={t("counts.label")}>
        <ul role="list" className="flex flex-wrap gap-2">
          {chips.map((chip) => (
            <li key={chip.key}>
              <Link
                href={href(path, { status: chip.target, channel })}
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
    </div>
  );
}
