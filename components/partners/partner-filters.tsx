import Link from "next/link";
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { PARTNER_STATUSES } from "@/lib/partners/schema";

/**
 * Search and status filter as a plain GET form: works without JavaScript, and the URL
 * (?q=&status=) can be bookmarked or shared.
 */
export function PartnerFilters({
  path,
  q,
  status,
}: {
  path: string;
  q?: string | undefined;
  status?: string | undefined;
}) {
  const t = useTranslations("partners.filters");
  const statuses = useTranslations("enums.partnerStatus");
  const active = Boolean(q || status);
  return (
    <form
      method="get"
      action={path}
      role="search"
      aria-label={t("label")}
      className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[1fr_14rem_auto] sm:items-end"
    >
      <div className="space-y-1.5">
        <Label htmlFor="partner-q">{t("search")}</Label>
        <div className="relative">
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500"
          />
          <Input
            id="partner-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder={t("searchPlaceholder")}
            maxLength={100}
            className="pl-9"
          />
        </div>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="partner-status">{t("status")}</Label>
        <Select
          id="partner-status"
          name="status"
          defaultValue={status ?? ""}
          placeholder={t("allStatuses")}
          options={PARTNER_STATUSES.map((value) => ({ value, label: statuses(value) }))}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" className="flex-1 sm:flex-none">
          {t("apply")}
        </Button>
        {active && (
          <Link href={path} className={buttonVariants({ variant: "ghost", className: "flex-1 sm:flex-none" })}>
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
