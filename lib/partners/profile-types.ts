/** A partner's company profile as both sides read and edit it (no row yet = all empty, version 0). */
export type CompanyProfile = {
  legalName: string | null;
  taxId: string | null;
  website: string | null;
  phone: string | null;
  industry: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  /** the optimistic version the edit form sends back */
  version: number;
};

/** A person at the partner the vendor deals with. */
export type PartnerContactItem = {
  id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  primary: boolean;
  version: number;
};
