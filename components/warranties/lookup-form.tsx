import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** A plain GET form (works without JavaScript): the serial goes in the address, so a lookup can be shared. */
export function LookupForm({ action, serial }: { action: string; serial: string }) {
  const t = useTranslations("warranties.lookup");
  return (
    <form method="get" action={action} role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="grow space-y-1">
        <Label htmlFor="serial">{t("serial")}</Label>
        <Input id="serial" name="serial" defaultValue={serial} required maxLength={100} autoComplete="off" />
      </div>
      <Button type="submit">{t("submit")}</Button>
    </form>
  );
}
