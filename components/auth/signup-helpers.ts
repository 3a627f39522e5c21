import { useSyncExternalStore } from "react";
import { CURRENCIES } from "@/lib/tenancy/constants";

export type Currency = (typeof CURRENCIES)[number];

/** "Café Ñandú & Co." → "cafe-nandu-co": a valid workspace address suggested from the name. */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** Light clean-up while typing an address by hand: the server still validates it. */
export function normalizeSlugInput(value: string): string {
  return value.toLowerCase().replace(/[\s_]+/g, "-");
}

const EURO_REGIONS = [
  "AT",
  "BE",
  "CY",
  "DE",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PT",
  "SI",
  "SK",
];
const REGION_CURRENCY: Record<string, Currency> = {
  US: "USD",
  GB: "GBP",
  MX: "MXN",
  CO: "COP",
  AR: "ARS",
  CL: "CLP",
  BR: "BRL",
  CA: "CAD",
  ...Object.fromEntries(EURO_REGIONS.map((region) => [region, "EUR" as const])),
};

const noSubscription = () => () => {};

function browserCurrency(): Currency | "" {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const region = tag.split("-")[1]?.toUpperCase();
    if (region && REGION_CURRENCY[region]) return REGION_CURRENCY[region];
  }
  return "";
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
}

/**
 * Guesses read from the browser. The server render gets "" and the first client render
 * fills them in, without a hydration mismatch (that is what useSyncExternalStore is for).
 */
export function useBrowserGuesses(): { currency: Currency | ""; timeZone: string } {
  const currency = useSyncExternalStore(noSubscription, browserCurrency, () => "" as const);
  const timeZone = useSyncExternalStore(noSubscription, browserTimeZone, () => "");
  return { currency, timeZone };
}
