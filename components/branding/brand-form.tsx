"use client";

import { useState, type Ref } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { FileField } from "@/components/forms/file-field";
import { CardContent, CardFooter } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { BRAND_COLOR_PATTERN, DEFAULT_BRAND_COLOR } from "@/lib/branding/colors";
import type { ServerAction } from "@/lib/http/action-state";
import { BrandPreview } from "./brand-preview";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadBrand = () => import("@/lib/branding/schema").then((module) => module.brandSchema);

export type BrandFormProps = {
  tenant: string;
  tenantName: string;
  action: ServerAction;
  current: { brandColor: string | null; logo: { fileId: string; name: string; path: string } | null };
  /** The "tenant.logo" purpose's accepted types and size limit. */
  logoRule: { accept: readonly string[]; maxBytes: number };
};

/** The brand card of the settings page: logo upload, colour with picker, live preview. */
export function BrandForm({ tenant, tenantName, action, current, logoRule }: BrandFormProps) {
  const t = useTranslations("branding");
  const brandingIssues = useTranslations("branding.validation");
  const filesIssues = useTranslations("files.validation");
  const router = useRouter();
  const [logoUrl, setLogoUrl] = useState<string | null>(current.logo?.path ?? null);
  const kit = useActionForm({
    action,
    issues: { "branding.validation": brandingIssues, "files.validation": filesIssues },
    schema: loadBrand,
    defaultValues: { brandColor: current.brandColor ?? "", logoFileId: current.logo?.fileId ?? "" },
    hidden: { tenant },
    // The shell shows the logo and colour: refresh the frame after a save.
    onSuccess: () => router.refresh(),
  });
  const typed = String(kit.form.watch("brandColor") ?? "")
    .trim()
    .toLowerCase();
  const color = BRAND_COLOR_PATTERN.test(typed) ? typed : DEFAULT_BRAND_COLOR;

  return (
    <Form kit={kit}>
      <CardContent className="grid gap-6 md:grid-cols-2">
        <div className="space-y-5">
          <FormAlert success={t("saved")} />
          <Field name="logoFileId" label={t("logo")} hint={t("logoHint")}>
            {(control) => (
              <FileField
                {...control}
                uploadUrl={`/${tenant}/admin/files`}
                purpose="tenant.logo"
                accept={logoRule.accept}
                maxBytes={logoRule.maxBytes}
                current={current.logo ? { name: current.logo.name, previewUrl: current.logo.path } : null}
                imagePreview
                onUploaded={(_file, preview) => setLogoUrl(preview)}
                onRemoved={() => setLogoUrl(null)}
              />
            )}
          </Field>
          <Field name="brandColor" label={t("color")} hint={t("colorHint")}>
            {(control) => (
              <div className="flex items-center gap-2">
                <input
                  type="color"
                  aria-label={t("colorPicker")}
                  value={color}
                  onChange={(event) => control.onChange(event.target.value)}
                  className="h-11 w-14 shrink-0 cursor-pointer rounded-lg border border-slate-300 bg-white p-1 sm:h-10"
                />
                <Input
                  id={control.id}
                  name={control.name}
                  ref={control.ref as Ref<HTMLInputElement>}
                  value={typeof control.value === "string" ? control.value : ""}
                  onChange={(event) => control.onChange(event.target.value)}
                  onBlur={control.onBlur}
                  aria-describedby={control["aria-describedby"]}
                  aria-invalid={control["aria-invalid"]}
                  placeholder={DEFAULT_BRAND_COLOR}
                  maxLength={7}
                  autoComplete="off"
                  spellCheck={false}
                  className="font-mono"
                />
              </div>
            )}
          </Field>
        </div>
        <BrandPreview tenantName={tenantName} color={color} logoUrl={logoUrl} />
      </CardContent>
      <CardFooter>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </CardFooter>
    </Form>
  );
}
