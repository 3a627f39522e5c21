import type { ApplicationStatus, PartnerType } from "@/lib/generated/prisma/enums";

/** What the public apply page needs to know about the tenant (nothing else of it). */
export type ApplyPageInfo = {
  name: string;
  slug: string;
  brandColor: string | null;
  /** same-site path of the tenant's logo (lib/branding), null without one */
  logoPath: string | null;
  currency: string;
  open: boolean;
};

/** The public answer to a submitted application: never its id or anything stored. */
export type ApplicationReceipt = { received: true };

/** One row of the channel managers' queue (and of its CSV export). */
export type ApplicationListItem = {
  id: string;
  status: ApplicationStatus;
  companyName: string;
  taxId: string;
  partnerType: PartnerType;
  country: string;
  contactName: string;
  contactEmail: string;
  expectedVolumeMinor: bigint;
  currency: string;
  createdAt: Date;
  decidedAt: Date | null;
};

/** An application with the facts a channel manager decides on. */
export type ApplicationDetail = ApplicationListItem & {
  region: string | null;
  website: string | null;
  contactPhone: string | null;
  brands: string[];
  locale: string;
  decisionReason: string | null;
  decidedBy: string | null;
  partnerId: string | null;
  /** a partner of this tenant with the same name (approving would be refused) */
  existingPartner: { id: string; name: string } | null;
  /** other applications with the same tax id, newest first */
  earlier: { id: string; status: ApplicationStatus; createdAt: Date }[];
};

/** What a decision did. */
export type ApplicationDecision = {
  id: string;
  status: ApplicationStatus;
  /** the partner an approval created */
  partnerId: string | null;
};
