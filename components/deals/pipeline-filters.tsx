import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Button, buttonVariants } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

type Option = { value: string; label: string };

/**
 * The back office's pipeline filters (partner, territory with everything below it, rep) as
 * a plain GET form: it works without JavaScript and the URL keeps the choice.
 */
export function PipelineFilters({ action, values, options }: { action: string; values: Record<string, string | undefined>; options: { partners: Option[]; territories: Option[]; reps: Option[] } }) {
  const t = useTranslations("deals.filters");
  const fields = [
    { id: "partner", label: t("partner"), all: t("allPartners"), options: [{ value: "direct", label: t("direct") }, ...options.partners] },
    { id: "territory", label: t("territory"), all: t("allTerritories"), options: options.territories },
    { id: "rep", label: t("rep"), all: t("allReps"), options: options.reps },
  ];
  return (
    <form method="get" action={action} className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end" aria-label={t("label")}>
      {fields.map((field) => (
        <div key={field.id} className="min-w-0 space-y-1">
          <Label htmlFor={`filter-${field.id}`}>{field.label}</Label>
          <Select id={`filter-${field.id}`} name={field.id} defaultValue={values[field.id] ?? ""} options={[{ value: "", label: field.all }, ...field.options]} />
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button type="submit">{t("apply")}</Button>
        <Link href={action} className={buttonVariants({ variant: "secondary" })}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
