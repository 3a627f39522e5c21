"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { CardContent, CardFooter } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";
import { BRAND_COLOR_PATTERN, brandColors } from "@/lib/tenancy/brand";
import { tenantBrandSchema } from "@/lib/tenancy/schema";

export type BrandFormProps = { tenant: string; tenantName: string; action: ServerAction; current: string | null };

/** The workspace's brand colour, with a preview of how its e-mails and badge will look. */
export function BrandForm({ tenant, tenantName, action, current }: BrandFormProps) {
  const t = useTranslations("setup.brand");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: tenantBrandSchema,
    defaultValues: { brandColor: current ?? "" },
    hidden: { tenant },
    // The shell shows the colour: the whole page is refreshed after a save.
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit}>
      <CardContent className="space-y-5">
        <FormAlert success={t("saved")} />
        <Field name="brandColor" label={t("color")} hint={t("colorHint")}>
          <Input
            maxLength={7}
            autoComplete="off"
            spellCheck={false}
            placeholder="#1d4ed8"
            className="max-w-40 font-mono"
          />
        </Field>
        <Swatch tenantName={tenantName} label={t("preview")} />
      </CardContent>
      <CardFooter>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </CardFooter>
    </Form>
  );
}

/** The band an e-mail of this workspace opens with, in the colour being typed (once it is one). */
function Swatch({ tenantName, label }: { tenantName: string; label: string }) {
  const typed = String(useWatch({ name: "brandColor" }) ?? "")
    .trim()
    .toLowerCase();
  const colors = brandColors(BRAND_COLOR_PATTERN.test(typed) ? typed : null);
  return (
    <div>
      <p className="mb-1 text-sm font-medium text-slate-700">{label}</p>
      <div
        className="rounded-md px-4 py-3 text-base font-semibold break-words"
        style={{ background: colors.background, color: colors.text }}
      >
        {tenantName}
      </div>
    </div>
  );
}
