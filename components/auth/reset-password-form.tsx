"use client";

import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import type { ServerAction } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { PasswordRules } from "./password-rules";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadResetPasswordForm = () => import("@/lib/users/schema").then((module) => module.resetPasswordFormSchema);

/**
 * New password + confirmation, checked with the action's own schema in the browser and
 * again on the server; success redirects to the sign-in page on the server.
 */
export function ResetPasswordForm({ token, action }: { token: string; action: ServerAction }) {
  const t = useTranslations("auth.reset");
  const kit = useActionForm({
    action,
    schema: loadResetPasswordForm,
    defaultValues: { password: "", confirmPassword: "" },
    hidden: { token },
  });
  const { state } = kit;
  const password = useWatch({ control: kit.form.control, name: "password" }) ?? "";

  // A mangled link (token too short or long for the schema) is the same dead end as an expired one.
  const tokenUnusable =
    state.code === "TOKEN_INVALID" || Boolean(state.fieldErrors?.token) || token.length < 10 || token.length > 200;
  if (tokenUnusable) {
    return (
      <div className="space-y-5">
        <Alert tone="error" title={t("invalidTitle")}>
          {t("invalidBody")}
        </Alert>
        <Link href="/forgot-password" className={buttonVariants({ className: "w-full" })}>
          {t("requestNew")}
        </Link>
      </div>
    );
  }

  return (
    <Form kit={kit} className="space-y-5">
      <FormAlert />
      <div className="space-y-3">
        <Field name="password" label={t("password")} required>
          <PasswordInput autoComplete="new-password" maxLength={128} aria-describedby="reset-password-rules" />
        </Field>
        <PasswordRules id="reset-password-rules" value={password} />
      </div>
      <Field name="confirmPassword" label={t("confirmPassword")} required>
        <PasswordInput autoComplete="new-password" maxLength={128} />
      </Field>
      <FormSubmit className="w-full" pendingText={t("pending")}>
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}
