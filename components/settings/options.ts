import "server-only";
import { CURRENCIES } from "@/lib/tenancy/schema";

type Option = { value: string; label: string };

/** "EUR — Euro" in the reader's language. */
export function currencyOptions(locale: string): Option[] {
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  return CURRENCIES.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
}

/** Every IANA time zone the runtime knows, with its current UTC offset ("Europe/Madrid (GMT+2)"). */
export function timeZoneOptions(current: string): Option[] {
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  zones.add(current);
  const now = new Date();
  return [...zones].map((zone) => {
    let offset = "";
    try {
      offset =
        new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" })
          .formatToParts(now)
          .find((part) => part.type === "timeZoneName")?.value ?? "";
    } catch {
      // A zone the runtime cannot format is still listed, just without its offset.
    }
    return { value: zone, label: `${zone.replaceAll("_", " ")}${offset ? ` (${offset})` : ""}` };
  });
}
