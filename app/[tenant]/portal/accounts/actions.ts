"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { contactIdSchema, contactSchema, createOwnAccountSchema, updateAccountSchema } from "@/lib/accounts/schema";
import { addOwnContact, createOwnAccount, removeOwnContact, updateOwnAccount } from "@/lib/accounts/service";

const accountsPath = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/accounts`;
const accountPath = (ctx: PartnerCtx, result: { accountId: string }) => `${accountsPath(ctx)}/${result.accountId}`;

/** The answer names the new account and whether it is reviewed, never another owner. */
export const createOwnAccountAction = partnerAction(
  "ownAccounts.manage",
  createOwnAccountSchema,
  async (ctx, input) => {
    const account = await createOwnAccount(ctx, input);
    return { accountId: account.id, reviewStatus: account.reviewStatus };
  },
  { revalidate: accountsPath, redirectTo: accountPath },
);

export const updateOwnAccountAction = partnerAction(
  "ownAccounts.manage",
  updateAccountSchema,
  async (ctx, input) => {
    const account = await updateOwnAccount(ctx, input);
    return { accountId: account.id, reviewStatus: account.reviewStatus };
  },
  { success: "accounts.form.saved", revalidate: accountPath },
);

export const addOwnContactAction = partnerAction(
  "ownAccounts.manage",
  contactSchema,
  async (ctx, input) => {
    await addOwnContact(ctx, input);
    return { accountId: input.accountId };
  },
  { revalidate: accountPath },
);

export const removeOwnContactAction = partnerAction(
  "ownAccounts.manage",
  contactIdSchema,
  (ctx, input) => removeOwnContact(ctx, input.contactId),
  { revalidate: accountPath },
);
