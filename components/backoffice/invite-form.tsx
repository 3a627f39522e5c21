"use client";

import { useState } from "react";
import { MailCheck } from "lucide-react";
import { useFormatter } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, FieldArray, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import { MAX_INVITES_AT_ONCE } from "@/lib/users/constants";
import type { InviteWords } from "./invite-dialog";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadInvitePartnerUsers = () => import("@/lib/partners/schema").then((module) => module.invitePartnerUsersSchema);
const loadInviteTeammates = () => import("@/lib/partners/schema").then((module) => module.inviteTeammatesSchema);
const loadInviteVendorUsers = () => import("@/lib/users/schema").then((module) => module.inviteVendorUsersSchema);

/** The rows are the same everywhere; the back office's portal users also carry their partner (hidden). */
const SCHEMAS = {
  users: loadInviteVendorUsers,
  partners: loadInvitePartnerUsers,
  team: loadInviteTeammates,
} as const;

/** Who is invited: back-office users, a partner's portal users (back office), teammates (portal). */
export type InviteKind = keyof typeof SCHEMAS;

export type InviteFormProps = {
  t: InviteWords;
  kind: InviteKind;
  action: ServerAction<{ emails: string[] }>;
  /** Hidden inputs: the tenant, and the partner for portal users. */
  fields: Record<string, string>;
  roles: SelectOption[];
  defaultRole: string;
  onAnother: () => void;
};

/**
 * What InviteDialog holds (its own module, loaded when the dialog first opens:
 * react-hook-form, zod and the schemas stay out of the page's first script): the form, and
 * a fresh one — new round, no earlier values or errors — when "invite another" is chosen.
 * The dialog itself gives it a fresh start on every opening.
 */
export function InviteRounds(props: Omit<InviteFormProps, "onAnother">) {
  const [round, setRound] = useState(0);
  return <InviteForm key={round} {...props} onAnother={() => setRound((value) => value + 1)} />;
}

/** The form: rows of email, name and role, then who was invited. */
export function InviteForm({ t, kind, action, fields, roles, defaultRole, onAnother }: InviteFormProps) {
  const format = useFormatter();
  const newRow = () => ({ email: "", name: "", role: defaultRole });
  const kit = useActionForm({
    action,
    schema: SCHEMAS[kind],
    defaultValues: { invites: [newRow()] },
    hidden: fields,
  });
  const { state } = kit;

  if (state.status === "success") {
    const emails = state.data?.emails ?? [];
    return (
      <div role="status" className="space-y-4">
        <div className="flex items-start gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
          <MailCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-emerald-700" />
          <div className="min-w-0">
            <p className="font-semibold">{t("sentTitle", { count: emails.length })}</p>
            <p className="break-words">
              {t("sentBody", { emails: format.list(emails, { type: "conjunction" }), count: emails.length })}
            </p>
          </div>
        </div>
        <DialogFooter>
          <Button variant="secondary" onClick={onAnother}>
            {t("another")}
          </Button>
          <DialogClose asChild>
            <Button>{t("done")}</Button>
          </DialogClose>
        </DialogFooter>
      </div>
    );
  }

  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <FieldArray
        name="invites"
        legend={t("people")}
        hideLegend
        newRow={newRow}
        min={1}
        max={MAX_INVITES_AT_ONCE}
        rowLabel={(index) => t("person", { number: index + 1 })}
        addLabel={t("addPerson")}
        removeLabel={(index) => t("removePerson", { number: index + 1 })}
        announce={{
          added: (index) => t("added", { number: index + 1 }),
          removed: (index) => t("removed", { number: index + 1 }),
        }}
      >
        {({ name }) => (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field name={name("email")} label={t("email")} required>
                <Input type="email" autoComplete="off" maxLength={254} />
              </Field>
              <Field name={name("name")} label={t("name")} required>
                <Input autoComplete="off" maxLength={120} />
              </Field>
            </div>
            <Field name={name("role")} label={t("role")} hint={t("roleHint")} required>
              <Select options={roles} />
            </Field>
          </>
        )}
      </FieldArray>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <SubmitLabel t={t} />
      </DialogFooter>
    </Form>
  );
}

/** "Send invitation" / "Send 3 invitations", following the number of rows. */
function SubmitLabel({ t }: { t: InviteWords }) {
  const rows = useWatch({ name: "invites" }) as unknown[] | undefined;
  return <FormSubmit pendingText={t("pending")}>{t("submit", { count: rows?.length ?? 1 })}</FormSubmit>;
}
