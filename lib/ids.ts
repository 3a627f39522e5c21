import { randomBytes } from "node:crypto";

/** Prefixes make ids self-describing in logs, URLs and support tickets. */
export const ID_PREFIXES = {
  tenant: "ten",
  user: "usr",
  membership: "mem",
  partner: "ptn",
  partnerUser: "pu",
  authToken: "tok",
  audit: "aud",
  mail: "mail",
  event: "evt",
  delivery: "dlv",
  notification: "ntf",
  phoneVerification: "pv",
  request: "req",
  session: "ses",
  signupRequest: "sgn",
  program: "prg",
  programTier: "tier",
  tierRule: "tru",
  partnerProgram: "enr",
  tierEvaluation: "tev",
  recordedMetric: "met",
  onboardingItem: "obi",
  agreementVersion: "agr",
  agreementText: "agt",
  agreementAcceptance: "aga",
  onboardingSubmission: "obs",
  partnerBilling: "bil",
  activity: "act",
  partnerContact: "pct",
  partnerProfile: "ppf",
  application: "apl",
  territory: "ter",
  territoryRule: "trl",
  territoryOwner: "tow",
  territoryPartner: "tpt",
  account: "acc",
  contact: "con",
  territoryChange: "tch",
  conflict: "cfl",
  file: "fil",
  dealStage: "stg",
  dealCriterion: "crt",
  dealSettings: "dst",
  registration: "reg",
  registrationLine: "rgl",
  dealMatch: "dmt",
  dealExtension: "ext",
  opportunity: "opp",
  lead: "lea",
  leadRule: "lrl",
  leadOffer: "lof",
  brand: "brd",
  productFamily: "fam",
  product: "prd",
  productImage: "pim",
  productCost: "pco",
  priceList: "prl",
  priceListEntry: "ple",
  priceListVersion: "plv",
  publishedPrice: "ppr",
  priceFinding: "pfd",
  pricingSettings: "pst",
  productConfigurator: "pcf",
  optionGroup: "ogr",
  configOption: "opt",
  configRule: "crl",
  bundleItem: "bdl",
  savedConfiguration: "scf",
  order: "ord",
  orderLine: "orl",
  orderEvent: "oev",
  orderSequence: "osq",
  approvalRule: "apr",
  creditLimit: "cdl",
  orderPrioritySettings: "ops",
  warehouse: "whs",
  stockItem: "stk",
  inventoryMovement: "mov",
  shipment: "shp",
  shipmentLine: "shl",
  shippedSerial: "ser",
} as const;

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower-case

/** `ptn_4f9k2…`: 20 random base32 characters (100 bits) after the prefix. */
export function createId(kind: keyof typeof ID_PREFIXES): string {
  const bytes = randomBytes(20);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return `${ID_PREFIXES[kind]}_${out}`;
}

/** A URL-safe secret for emailed links (256 bits). */
export function createSecretToken(): string {
  return randomBytes(32).toString("base64url");
}
