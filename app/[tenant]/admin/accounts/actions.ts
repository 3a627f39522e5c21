"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { contactIdSchema, contactSchema, createAccountSchema, updateAccountSchema } from "@/lib/accounts/schema";
import { addContact, createAccount, removeContact, updateAccount } from "@/lib/accounts/service";
import { overrideTerritorySchema } from "@/lib/territories/schema";
import { overrideAccountTerritory } from "@/lib/territories/assign";

const accountsPath = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/accounts`;
const accountPath = (ctx: VendorCtx, result: { accountId: string }) => `${accountsPath(ctx)}/${result.accountId}`;

export const createAccountAction = vendorAction(
  "accounts.manage",
  createAccountSchema,
  async (ctx, input) => {
    const account = await createAccount(ctx, input);
    return { accountId: account.id, reviewStatus: account.reviewStatus };
  },
  { revalidate: accountsPath, redirectTo: accountPath },
);

export const updateAccountAction = vendorAction(
  "accounts.manage",
  updateAccountSchema,
  async (ctx, input) => {
    const account = await updateAccount(ctx, input);
    return { accountId: account.id };
  },
  { success: "accounts.form.saved", revalidate: accountPath },
);

export const addContactAction = vendorAction(
  "accounts.manage",
  contactSchema,
  async (ctx, input) => {
    await addContact(ctx, input);
    return { accountId: input.accountId };
  },
  { revalidate: accountPath },
);

export const removeContactAction = vendorAction(
  "accounts.manage",
  contactIdSchema,
  (ctx, input) => removeContact(ctx, input.contactId),
  { revalidate: accountPath },
);

/** Choose an account's territory by hand (with a reason), or give it back to the rules. */
export const overrideTerritoryAction = vendorAction(
  "territories.manage",
  overrideTerritorySchema,
  (ctx, input) => overrideAccountTerritory(ctx, input),
  { success: "territories.override.saved", revalidate: accountPath },
);

