"use client";

import { useController, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Field, type FieldProps } from "./field";

// Apart from the kit's index: only pages with a phone field load it.

/**
 * lib/phone (libphonenumber-js and its metadata, ~130 KB minified — most of this field's
 * weight) is needed only to read a number typed with "+": it loads when the number is first
 * focused, and is there by the time the person leaves the field.
 */
let phone: typeof import("@/lib/phone") | null = null;
const loadPhone = () => import("@/lib/phone").then((module) => (phone = module));

export type PhoneFieldProps = Omit<FieldProps, "children" | "name"> & {
  /** The number's field ("phone") and its country's ("phoneCountry"). */
  name?: string;
  countryName?: string;
  /** From phoneCountryOptions(): every country with its calling code. */
  countries: ComboboxOption[];
};

/**
 * A mobile number entered the way people know it: the country from a searchable list
 * (with its calling code) and the national number ("600 12 34 56"). A number typed
 * with + moves the picker to its country. The server stores E.164 (lib/phone.ts).
 */
export function PhoneField({ name = "phone", countryName = "phoneCountry", countries, ...field }: PhoneFieldProps) {
  const t = useTranslations("forms");
  const { setValue } = useFormContext();
  const country = useController({ name: countryName });

  return (
    <Field name={name} {...field}>
      {({ value, onChange, onBlur, ref, ...control }) => (
        <div className="grid gap-2 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
          <Combobox
            name={country.field.name}
            ref={country.field.ref}
            value={typeof country.field.value === "string" ? country.field.value : ""}
            onChange={country.field.onChange}
            onBlur={country.field.onBlur}
            options={countries}
            aria-label={t("phone.country")}
            placeholder={t("phone.placeholder")}
            searchLabel={t("country.search")}
            emptyText={t("country.empty")}
            {...(control["aria-describedby"] ? { "aria-describedby": control["aria-describedby"] } : {})}
          />
          <Input
            {...control}
            ref={ref as React.Ref<HTMLInputElement>}
            name={name}
            type="tel"
            inputMode="tel"
            autoComplete="tel-national"
            maxLength={40}
            value={typeof value === "string" ? value : ""}
            onChange={onChange}
            onFocus={() => void loadPhone().catch(() => undefined)}
            onBlur={() => {
              // "+44 7400 123456" typed with Spain chosen: show it as a UK number (a country
              // sharing the calling code, e.g. Canada for +1, stays chosen if the number fits it).
              const text = typeof value === "string" ? value.trim() : "";
              const chosen = typeof country.field.value === "string" ? country.field.value : null;
              const moveToCountry = ({ callingCode, isPhoneCountry, splitPhone, toE164 }: typeof import("@/lib/phone")) => {
                const e164 = toE164(text, null);
                if (!e164) return;
                const parts = splitPhone(e164);
                const target = isPhoneCountry(chosen) && e164.startsWith(callingCode(chosen)) ? chosen : parts.country;
                if (target) {
                  setValue(countryName, target, { shouldDirty: true });
                  setValue(name, parts.national, { shouldDirty: true, shouldValidate: true });
                }
              };
              if (text.startsWith("+")) {
                // Loaded on focus; should the blur come first, the number moves a moment later.
                if (phone) moveToCountry(phone);
                else void loadPhone().then(moveToCountry, () => undefined);
              }
              onBlur();
            }}
          />
        </div>
      )}
    </Field>
  );
}
