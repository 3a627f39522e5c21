/**
 * The browser and the server say the same thing about the same input: the form kit's
 * resolver (components/forms/resolver.ts) and the action wrappers' field errors
 * (lib/http/translate-error.ts) both come from the server's zod schema, translated by
 * lib/i18n/validation.ts — in English and Spanish, our keys and zod's own messages alike.
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { FieldValues, ResolverOptions } from "react-hook-form";
import type { z } from "zod";
import { issueTranslator, schemaResolver } from "@/components/forms/resolver";
import { issueField, translateIssueMessage, zodLocaleError, type Translator } from "@/lib/i18n/validation";
import { messagesFor } from "@/lib/i18n/messages";
import { logActivitySchema } from "@/lib/activities/schema";
import { rejectApplicationSchema } from "@/lib/applications/schema";
import { quietHoursSchema } from "@/lib/notify/schema";
import { invitePartnerUsersSchema } from "@/lib/partners/schema";
import { tenantSettingsSchema } from "@/lib/tenancy/schema";
import { profileSchema } from "@/lib/users/profile-schema";
import { changePasswordFormSchema, inviteVendorUsersSchema } from "@/lib/users/schema";

type Locale = "en" | "es";
const translator = (locale: Locale) =>
  createTranslator({ locale, messages: messagesFor(locale) }) as unknown as Translator;

/** What the action wrapper answers: every field's first problem, translated (fieldErrorsOf). */
function serverErrors(schema: z.ZodType, input: unknown, locale: Locale): Record<string, string> {
  const parsed = schema.safeParse(input, { error: zodLocaleError(locale) });
  const out: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issueField(issue.path);
    out[field] ??= translateIssueMessage(translator(locale), issue.message);
  }
  return out;
}

/** What the form shows: the kit's resolver, flattened back to "field.path" → message. */
async function browserErrors(
  schema: z.ZodType,
  input: Record<string, unknown>,
  locale: Locale,
  hidden?: Record<string, string>,
): Promise<Record<string, string>> {
  const resolver = schemaResolver<FieldValues>(schema, { locale, t: translator(locale), ...(hidden ? { hidden } : {}) });
  const options = { fields: {}, shouldUseNativeValidation: false, criteriaMode: "firstError" } as ResolverOptions<FieldValues>;
  const { errors } = await resolver(input, undefined, options);
  const out: Record<string, string> = {};
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== "object" || node === null) return;
    const entry = node as Record<string, unknown>;
    if (typeof entry.message === "string" && typeof entry.type === "string") {
      out[path.filter((part) => part !== "root").join(".")] = entry.message;
    }
    for (const [key, value] of Object.entries(entry)) if (key !== "ref" && key !== "types") walk(value, [...path, key]);
  };
  walk(errors, []);
  return out;
}

const CASES: { name: string; schema: z.ZodType; input: Record<string, unknown>; hidden?: Record<string, string> }[] = [
  { name: "settings", schema: tenantSettingsSchema, input: { name: "X", defaultLocale: "fr", currency: "EUR", timeZone: "Mars/Olympus" } },
  { name: "profile", schema: profileSchema, input: { name: "", locale: "en", phone: "12345", phoneCountry: "ES" } },
  { name: "password", schema: changePasswordFormSchema, input: { currentPassword: "", newPassword: "short", confirmPassword: "other" } },
  { name: "quiet hours", schema: quietHoursSchema, input: { quietMode: "on", quietHoursStart: "", quietHoursEnd: "24:30", timeZone: "UTC" } },
  {
    name: "invitations",
    schema: inviteVendorUsersSchema,
    input: {
      invites: [
        { email: "a@example.test", name: "A", role: "SALES_REP" },
        { email: "nope", name: "", role: "BOSS" },
        { email: "A@EXAMPLE.TEST", name: "A again", role: "FINANCE" },
      ],
    },
  },
  {
    name: "portal invitations (partner from a hidden field)",
    schema: invitePartnerUsersSchema,
    input: { invites: [{ email: "", name: "P", role: "PARTNER_USER" }] },
    hidden: { partnerId: "ptn_1" },
  },
];

describe("the form kit and the server agree on every problem, in both languages", () => {
  for (const locale of ["en", "es"] as const) {
    it.each(CASES)(`$name (${locale})`, async ({ schema, input, hidden }) => {
      const server = serverErrors(schema, { ...input, ...hidden }, locale);
      expect(Object.keys(server).length).toBeGreaterThan(0);
      expect(await browserErrors(schema, input, locale, hidden)).toEqual(server);
      // Translated: no raw message keys reach people.
      for (const message of Object.values(server)) expect(message).not.toMatch(/^(validation|errors)\./);
    });
  }

  it("shows every problem at once, not one at a time", async () => {
    expect(Object.keys(await browserErrors(profileSchema, CASES[1]!.input, "en"))).toEqual(["name", "phone"]);
    expect(await browserErrors(changePasswordFormSchema, CASES[2]!.input, "en")).toEqual({
      currentPassword: "This field is required.",
      newPassword: "Use at least 10 characters.",
      confirmPassword: "The passwords don't match.",
    });
    expect(await browserErrors(inviteVendorUsersSchema, CASES[4]!.input, "es")).toEqual({
      "invites.1.email": "Introduce un correo electrónico válido.",
      "invites.1.name": "Este campo es obligatorio.",
      "invites.1.role": "Elige un rol.",
      "invites.2.email": "Esta dirección ya está en la lista.",
    });
  });

  it("uses zod's own words in the reader's language where we have no key", async () => {
    const errors = await browserErrors(tenantSettingsSchema, { name: "Acme", defaultLocale: "en", currency: "EUR" }, "es");
    expect(errors.timeZone).toBe(serverErrors(tenantSettingsSchema, { name: "Acme", defaultLocale: "en", currency: "EUR" }, "es").timeZone);
    expect(errors.timeZone).toMatch(/Entrada inválida/);
  });

  it("passes valid input through untouched (the server parses it again)", async () => {
    const input = { name: "Acme", locale: "en", phone: "600 12 34 56", phoneCountry: "ES" };
    const resolver = schemaResolver<FieldValues>(profileSchema, { locale: "en", t: translator("en") });
    const result = await resolver(input, undefined, { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<FieldValues>);
    expect(result).toEqual({ values: input, errors: {} });
  });
});

describe("the browser's translator reads only the sections a form names", () => {
  /** What a client component's useTranslations("<section>") gives: that section alone. */
  const section = (locale: Locale, namespace: string) =>
    createTranslator({ locale, messages: messagesFor(locale), namespace: namespace as never }) as unknown as Translator;

  it("translates a module's own rule messages given by the form, in both languages", async () => {
    const input = {
      kind: "TASK",
      visibility: "SHARED",
      title: "Call back",
      body: "",
      occurredOn: "",
      dueOn: "",
      assignee: "",
      reminder: "none",
    };
    for (const locale of ["en", "es"] as const) {
      const t = issueTranslator({
        validation: section(locale, "validation"),
        "auth.errors": section(locale, "auth.errors"),
        "activities.validation": section(locale, "activities.validation"),
      });
      const resolver = schemaResolver<FieldValues>(logActivitySchema, {
        locale,
        t,
        hidden: { tenant: "acme", subjectType: "PARTNER", subjectId: "p_1" },
      });
      const { errors } = await resolver(input, undefined, {
        fields: {},
        shouldUseNativeValidation: false,
      } as ResolverOptions<FieldValues>);
      const server = serverErrors(
        logActivitySchema,
        { ...input, tenant: "acme", subjectType: "PARTNER", subjectId: "p_1" },
        locale,
      );
      expect((errors.dueOn as { message: string }).message).toBe(server.dueOn);
      expect(server.dueOn).not.toMatch(/^activities\./);
    }
  });

  it("translates an error code's words that a schema carries (errors.REASON_REQUIRED)", async () => {
    const t = issueTranslator({
      validation: section("es", "validation"),
      "auth.errors": section("es", "auth.errors"),
      errors: section("es", "errors"),
    });
    const hidden = { tenant: "acme", applicationId: "app_1" };
    const resolver = schemaResolver<FieldValues>(rejectApplicationSchema, { locale: "es", t, hidden });
    const { errors } = await resolver({ reason: " " }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    } as ResolverOptions<FieldValues>);
    const server = serverErrors(rejectApplicationSchema, { reason: " ", ...hidden }, "es");
    expect((errors.reason as { message: string }).message).toBe(server.reason);
    expect(server.reason).not.toMatch(/^errors\./);
  });

  it("leaves a key of a section it was not given as it is", () => {
    const t = issueTranslator({ validation: section("en", "validation") });
    expect(translateIssueMessage(t, "validation.required")).toBe("This field is required.");
    expect(translateIssueMessage(t, "activities.validation.dueRequired")).toBe("activities.validation.dueRequired");
  });
});
