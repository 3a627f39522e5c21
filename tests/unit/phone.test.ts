/**
 * Phone numbers (lib/phone.ts and the profile schema): typed nationally with a country or
 * internationally, validated as mobile numbers with libphonenumber-js, stored as E.164.
 */
import { describe, expect, it } from "vitest";
import { callingCode, formatPhone, isPhoneCountry, splitPhone, toE164 } from "@/lib/phone";
import { profileSchema } from "@/lib/users/profile-schema";

describe("toE164", () => {
  it.each([
    ["600 12 34 56", "ES", "+34600123456"],
    ["600-123-456", "ES", "+34600123456"],
    ["0034 600 123 456", "ES", "+34600123456"],
    ["+34 600 123 456", "US", "+34600123456"],
    ["+34 600 123 456", null, "+34600123456"],
    ["(415) 555-2671", "US", "+14155552671"],
    ["07400 123456", "GB", "+447400123456"],
    ["55 1234 5678", "MX", "+525512345678"],
  ])("%s with %s → %s", (input, country, expected) => {
    expect(toE164(input, country)).toBe(expected);
  });

  it.each([
    ["", "ES"],
    ["12345", "ES"],
    ["600 12 34 56", null], // national digits need a country
    ["915 12 34 56", "ES"], // a Spanish landline cannot receive text messages
    ["abc", "ES"],
    ["+999 123 456 789", null],
    [`+34 ${"6".repeat(60)}`, null],
  ])("refuses %s with %s", (input, country) => {
    expect(toE164(input, country)).toBeNull();
  });

  it("ignores a country code it does not know", () => {
    expect(toE164("+34600123456", "ZZ")).toBe("+34600123456");
    expect(toE164("600123456", "zz")).toBeNull();
    expect(isPhoneCountry("ES")).toBe(true);
    expect(isPhoneCountry("es")).toBe(false);
    expect(isPhoneCountry("ZZ")).toBe(false);
  });
});

describe("splitPhone and formatPhone", () => {
  it("gives the form a stored number back as country + national spelling", () => {
    expect(splitPhone("+34600123456")).toEqual({ country: "ES", national: "600 12 34 56" });
    expect(splitPhone("+14155552671")).toEqual({ country: "US", national: "(415) 555-2671" });
    expect(splitPhone(null)).toEqual({ country: null, national: "" });
    expect(formatPhone("+34600123456")).toBe("+34 600 12 34 56");
    expect(callingCode("ES")).toBe("+34");
  });
});

describe("profileSchema", () => {
  it("stores E.164 and drops the country field", () => {
    expect(profileSchema.parse({ name: "Ana", locale: "es", phone: "600 12 34 56", phoneCountry: "es" })).toEqual({
      name: "Ana",
      locale: "es",
      phone: "+34600123456",
    });
    expect(profileSchema.parse({ name: "Ana", locale: "es", phone: "" , phoneCountry: "ES" }).phone).toBe("");
  });

  it("reports a bad number together with the other problems", () => {
    const result = profileSchema.safeParse({ name: "", locale: "en", phone: "600 12", phoneCountry: "ES" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["name", "validation.required"],
      ["phone", "validation.phone"],
    ]);
  });
});
