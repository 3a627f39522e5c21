/**
 * The pickers' choices (components/forms/options.ts), built once per language (the time
 * zones once per quarter hour) and shared by every request: the right lists, in the
 * reader's language, with a tenant's unusual zone kept.
 */
import { describe, expect, it } from "vitest";
import { countryName } from "@/components/backoffice/country";
import { countryOptions, currencyOptions, phoneCountryOptions, timeZoneOptions } from "@/components/forms/options";

describe("picker options", () => {
  it("lists countries by their name in the reader's language, the same list for every request", () => {
    const es = countryOptions("es");
    expect(es).toHaveLength(249);
    expect(es.find((option) => option.value === "DE")?.label).toBe("Alemania");
    expect(es.map((option) => option.label)).toEqual(
      [...es.map((option) => option.label)].sort(new Intl.Collator("es").compare),
    );
    expect(countryOptions("es")).toBe(es);
    expect(countryOptions("en").find((option) => option.value === "DE")?.label).toBe("Germany");
    expect(phoneCountryOptions("en").find((option) => option.value === "ES")?.detail).toBe("+34");
    expect(currencyOptions("es").find((option) => option.value === "EUR")?.label).toBe("EUR — euro");
  });

  it("lists every time zone with its offset now, UTC first, keeping a zone this runtime lacks", () => {
    const zones = timeZoneOptions();
    expect(zones[0]).toMatchObject({ value: "UTC" });
    expect(zones.find((option) => option.value === "Asia/Tokyo")?.detail).toBe("GMT+9");
    expect(zones.find((option) => option.value === "America/Buenos_Aires")?.label).toBe("America/Buenos Aires");
    expect(timeZoneOptions("Europe/Madrid")).toBe(zones);
    const withOdd = timeZoneOptions("Mars/Olympus");
    expect(withOdd.at(-1)).toEqual({ value: "Mars/Olympus", label: "Mars/Olympus" });
    expect(withOdd).toHaveLength(zones.length + 1);
  });

  it("names a country, and leaves an unknown code or locale readable", () => {
    expect(countryName("ES", "en")).toBe("Spain");
    expect(countryName("ES", "es")).toBe("España");
    expect(countryName(null, "en")).toBeNull();
    expect(countryName("??", "en")).toBe("??");
  });
});
