"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { createOwnContact, deleteOwnContact, updateOwnContact } from "@/lib/partners/contacts";
import { updateOwnPartnerProfile } from "@/lib/partners/profile";
import { contactSchema, deleteContactSchema, partnerProfileFields, updateContactSchema } from "@/lib/partners/profile-schema";

/**
 * A partner admin edits its own company's profile and contacts: the partner is the
 * session's (never a field); a preview is refused by the wrapper.
 */
const companyPath = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/company`;

export const updateOwnProfileAction = partnerAction(
  "ownPartner.manage",
  partnerProfileFields,
  async (ctx, input) => {
    const profile = await updateOwnPartnerProfile(ctx, input);
    return { version: profile.version };
  },
  { revalidate: companyPath, success: "partnerProfile.profile.saved" },
);

export const createOwnContactAction = partnerAction(
  "ownPartner.manage",
  contactSchema,
  async (ctx, input) => {
    const contact = await createOwnContact(ctx, input);
    return { id: contact.id };
  },
  { revalidate: companyPath },
);

export const updateOwnContactAction = partnerAction(
  "ownPartner.manage",
  updateContactSchema,
  async (ctx, input) => {
    const contact = await updateOwnContact(ctx, input);
    return { id: contact.id, version: contact.version };
  },
  { revalidate: companyPath },
);

export const deleteOwnContactAction = partnerAction(
  "ownPartner.manage",
  deleteContactSchema,
  async (ctx, input) => {
    await deleteOwnContact(ctx, input);
    return null;
  },
  { revalidate: companyPath },
);
