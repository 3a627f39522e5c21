"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { issueTranslator } from "@/components/forms/issue-translator";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { ResendVerification } from "./resend-verification";
import { rateLimitMinutes, signInAndContinue } from "./sign-in";

export type LoginFormProps = {
  /** Where the visitor was going; the server re-checks it is a same-site path. */
  callbackUrl?: string | undefined;
  /** An `?error=` code next-auth put in the URL (e.g. after a failed redirect flow). */
  initialError?: string | undefined;
  /** From the page: the step after a successful sign-in (app/(public)/login/actions.ts) and
   * "send the confirmation link again" for a sign-up not yet confirmed. */
  actions: { afterSignIn: ServerAction; resendVerification: ServerAction<{ email: string }> };
};

type FieldName = "email" | "password";
type FieldErrors = Partial<Record<FieldName, string>>;
/** A refused attempt: its words, its code and (for "send the link again") its credentials. */
type Problem = { message: string; code?: string; email?: string; password?: string };

/** The schema and the translation of its messages: fetched on first focus, not with the page. */
const loadCheck = () =>
  Promise.all([import("@/lib/users/schema"), import("@/lib/i18n/validation")]).then(([schema, validation]) => ({
    schema: schema.signInFormSchema,
    validation,
  }));

/**
 * E-mail + password sign-in through next-auth, then on to the right workspace.
 *
 * Not built on the form kit (react-hook-form, ~20 KB gzip with the kit) although it behaves
 * like it: this is the page everyone opens first, on any phone, and its two fields need no
 * more than the browser's own inputs. The same zod schema checks both fields first (loaded
 * on first focus, with zod's messages in the page's language and our keys translated as the
 * kit translates them); every problem shows next to its field at once, the first one gets
 * the focus, an edited field drops its error; a refused sign-in (wrong password, rate limit,
 * unconfirmed address) shows in the form's alert, which takes the focus. The address stays,
 * the refused password is cleared.
 */
export function LoginForm({ callbackUrl, initialError, actions }: LoginFormProps) {
  const t = useTranslations("auth.login");
  const te = useTranslations("auth.errors");
  const tErrors = useTranslations("errors");
  const tValidation = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();
  const alertRef = useRef<HTMLDivElement>(null);
  const check = useRef<ReturnType<typeof loadCheck> | null>(null);

  function describe(code: string): string {
    if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return te("invalidCredentials");
    if (code === "EMAIL_NOT_VERIFIED") return tErrors("EMAIL_NOT_VERIFIED");
    const minutes = rateLimitMinutes(code);
    if (minutes !== null) return te("rateLimited", { minutes });
    return te("generic");
  }

  const [problem, setProblem] = useState<Problem | null>(() => (initialError ? { message: describe(initialError) } : null));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [success, setSuccess] = useState(false);

  // A problem with no field to focus (wrong password, rate limit): keyboard and screen-reader
  // users are taken to the message.
  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem]);

  function prepare() {
    check.current ??= loadCheck().catch((error: unknown) => {
      check.current = null; // offline for a moment: the next try loads it again
      throw error;
    });
    return check.current;
  }

  async function validate(values: Record<FieldName, string>): Promise<FieldErrors> {
    const { schema, validation } = await prepare();
    const result = await schema.safeParseAsync(values, { error: validation.zodLocaleError(locale) });
    if (result.success) return {};
    const translate = issueTranslator({ validation: tValidation, "auth.errors": te, errors: tErrors });
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const name = issue.path[0] as FieldName;
      errors[name] ??= validation.translateIssueMessage(translate, issue.message);
    }
    return errors;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || success) return;
    const form = event.currentTarget;
    const field = (name: FieldName) => form.elements.namedItem(name) as HTMLInputElement;
    const values = { email: field("email").value, password: field("password").value };
    setPending(true);
    try {
      const errors = await validate(values);
      setFieldErrors(errors);
      const first = (["email", "password"] as const).find((name) => errors[name]);
      if (first) {
        setProblem(null);
        field(first).focus();
        return;
      }
      const email = values.email.trim();
      const outcome = await signInAndContinue(actions.afterSignIn, email, values.password, callbackUrl);
      if (!outcome.ok) {
        // The address stays; a refused password is not kept in the field. The attempt's
        // credentials stay in this browser's state for "send the link again".
        field("password").value = "";
        setProblem({ message: describe(outcome.error), code: outcome.error, email, password: values.password });
        return;
      }
      setProblem(null);
      setSuccess(true);
      router.replace(outcome.destination);
      router.refresh();
    } catch {
      setProblem({ message: te("generic") });
    } finally {
      setPending(false);
    }
  }

  /** Typing into a field drops its error, as the kit's fields do. */
  function clearError(name: FieldName) {
    if (fieldErrors[name]) setFieldErrors(({ [name]: _dropped, ...rest }) => rest);
  }

  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return (
    // method="post": pressed before the page's script has run, the form must not put the
    // password in the address (a GET would); the post just brings the page back.
    <form
      method="post"
      onSubmit={onSubmit}
      onFocus={() => void prepare().catch(() => undefined)}
      noValidate
      className="space-y-5"
    >
      {!pending && (problem || hasFieldErrors) && (
        <Alert ref={alertRef} tone="error" tabIndex={-1} data-form-alert="">
          {problem ? problem.message : tErrors("VALIDATION_FAILED")}
        </Alert>
      )}
      {problem?.code === "EMAIL_NOT_VERIFIED" && problem.email && (
        <ResendVerification
          action={actions.resendVerification}
          email={problem.email}
          password={problem.password ?? ""}
          labels={{ resend: "unverified.resend", resending: "unverified.resending", resent: "unverified.resent" }}
        />
      )}
      <FormField label={t("email")} required error={fieldErrors.email}>
        <Input
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          onChange={() => clearError("email")}
        />
      </FormField>
      <div className="space-y-2">
        <FormField label={t("password")} required error={fieldErrors.password}>
          <PasswordInput name="password" autoComplete="current-password" onChange={() => clearError("password")} />
        </FormField>
        <div className="flex justify-end">
          <Link
            href="/forgot-password"
            className="inline-flex min-h-11 items-center rounded text-sm font-medium text-brand-700 underline-offset-4 hover:text-brand-800 hover:underline sm:min-h-0"
          >
            {t("forgot")}
          </Link>
        </div>
      </div>
      <Button
        type="submit"
        className="w-full"
        loading={pending || success}
        loadingText={success ? t("redirecting") : t("pending")}
      >
        {t("submit")}
      </Button>
    </form>
  );
}
