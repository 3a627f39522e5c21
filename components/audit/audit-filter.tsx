import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonVariants } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { AUDIT_FILTERS } from "./labels";

/** Filter by kind of record (?action=prefix) as a plain GET form. */
export function AuditFilter({ path, action }: { path: string; action?: string | undefined }) {
  const t = useTranslations("audit.filter");
  const options: { value: string; label: string }[] = AUDIT_FILTERS.map((prefix) => ({
    value: prefix,
    label: t(`options.${prefix.slice(0, -1) as "tenant" | "user" | "partner" | "partnerUser" | "delivery"}`),
  }));
  // A prefix typed into the URL by hand still shows as the current choice.
  if (action && !options.some((option) => option.value === action)) options.push({ value: action, label: action });
  return (
    <form
      method="get"
      action={path}
      aria-label={t("label")}
      className="mb-4 flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end"
    >
      <div className="space-y-1.5 sm:w-72">
        <Label htmlFor="audit-action">{t("action")}</Label>
        <Select id="audit-action" name="action" defaultValue={action ?? ""} placeholder={t("all")} options={options} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" className="flex-1 sm:flex-none">
          {t("apply")}
        </Button>
        {action && (
          <Link href={path} className={buttonVariants({ variant: "ghost", className: "flex-1 sm:flex-none" })}>
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
