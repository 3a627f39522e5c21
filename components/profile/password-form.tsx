"use client";

import { useTranslations } from "next-intl";
import { signOutTo } from "@/components/auth/sign-out";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { CardContent, CardFooter } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadChangePasswordForm = () => import("@/lib/users/schema").then((module) => module.changePasswordFormSchema);

/**
 * Change password. The server ends every session once it is changed (by design), so on
 * success this tab signs out too and the login page explains why.
 */
export function PasswordForm({ action }: { action: ServerAction }) {
  const t = useTranslations("profile.password");
  const kit = useActionForm({
    action,
    schema: loadChangePasswordForm,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    onSuccess: () => void signOutTo("/login?reset=1"),
  });

  return (
    <Form kit={kit}>
      <CardContent className="space-y-5">
        <FormAlert success={t("changed")} />
        <Field name="currentPassword" label={t("current")} required>
          <Input type="password" autoComplete="current-password" maxLength={1024} />
        </Field>
        <Field name="newPassword" label={t("new")} hint={t("newHint", { min: PASSWORD_MIN_LENGTH })} required>
          <Input type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
        </Field>
        <Field name="confirmPassword" label={t("confirm")} required>
          <Input type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
        </Field>
      </CardContent>
      <CardFooter>
        <FormSubmit pendingText={t("saving")} disabled={kit.state.status === "success"}>
          {t("save")}
        </FormSubmit>
      </CardFooter>
    </Form>
  );
}
