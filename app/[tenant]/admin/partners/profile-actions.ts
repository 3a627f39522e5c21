"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import {
  createPartnerContact,
  deletePartnerContact,
  updatePartnerContact,
} from "@/lib/partners/contacts";
import { updatePartnerProfile } from "@/lib/partners/profile";
import {
  createContactSchema,
  deleteContactSchema,
  updateContactSchema,
  updatePartnerProfileSchema,
} from "@/lib/partners/profile-schema";

/** The vendor edits a partner's company profile and contacts (Partner 360: profile and contacts tabs). */
const partnerPath = (ctx: VendorCtx, partnerId: string) => `/${ctx.tenant.slug}/admin/partners/${partnerId}`;
const partnersPath = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/partners`;

export const updatePartnerProfileAction = vendorAction(
  "partners.manage",
  updatePartnerProfileSchema,
  async (ctx, input) => {
    const profile = await updatePartnerProfile(ctx, input);
    return { partnerId: input.partnerId, version: profile.version };
  },
  { revalidate: (ctx, result) => partnerPath(ctx, result.partnerId), success: "partnerProfile.profile.saved" },
);

export const createPartnerContactAction = vendorAction(
  "partners.manage",
  createContactSchema,
  async (ctx, input) => {
    const contact = await createPartnerContact(ctx, input);
    return { partnerId: input.partnerId, id: contact.id };
  },
  { revalidate: (ctx, result) => partnerPath(ctx, result.partnerId) },
);

export const updatePartnerContactAction = vendorAction(
  "partners.manage",
  updateContactSchema,
  async (ctx, input) => {
    const contact = await updatePartnerContact(ctx, input);
    return { id: contact.id, version: contact.version };
  },
  { revalidate: partnersPath },
);

export const deletePartnerContactAction = vendorAction(
  "partners.manage",
  deleteContactSchema,
  async (ctx, input) => deletePartnerContact(ctx, input),
  { revalidate: (ctx, result) => partnerPath(ctx, result.partnerId) },
);
