"use client";

import { useTranslations } from "next-intl";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import type { FieldControlProps } from "./field";

type PickerProps = FieldControlProps & { options: ComboboxOption[] };

/** A searchable time-zone picker for <Field>: `{(control) => <TimeZonePicker {...control} options={…} />}`. */
export function TimeZonePicker({ options, value, onChange, ...control }: PickerProps) {
  const t = useTranslations("forms.timeZone");
  const zone = typeof value === "string" ? value : "";
  // The browser's own zone may be missing from the server's list (ICU versions differ).
  const listed = !zone || options.some((option) => option.value === zone);
  return (
    <Combobox
      {...control}
      value={zone}
      onChange={onChange}
      options={listed ? options : [{ value: zone, label: zone.replaceAll("_", " ") }, ...options]}
      placeholder={t("placeholder")}
      searchLabel={t("search")}
      emptyText={t("empty")}
    />
  );
}

/** A searchable country picker for <Field>; `noneLabel` (optional fields) names "no country". */
export function CountryPicker({ options, value, onChange, noneLabel, ...control }: PickerProps & { noneLabel?: string }) {
  const t = useTranslations("forms.country");
  return (
    <Combobox
      {...control}
      value={typeof value === "string" ? value : ""}
      onChange={onChange}
      options={options}
      {...(noneLabel ? { noneLabel } : {})}
      placeholder={noneLabel ?? t("placeholder")}
      searchLabel={t("search")}
      emptyText={t("empty")}
    />
  );
}
