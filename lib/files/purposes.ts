import type { PartnerPermission, VendorPermission } from "@/lib/auth/permissions";

/**
 * What an upload is for decides everything about it: how large it may be, which types
 * its content may be, who owns it, who may upload and read it, and whether pages may
 * show it inline. A module that stores files adds its purpose here (docs/architecture.md,
 * "Files: how a module stores an upload").
 */

/** Images a browser renders without running anything: the only types ever served inline. */
export const RASTER_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
/** Documents partners send: PDFs and photos or scans. */
export const DOCUMENT_TYPES = ["application/pdf", ...RASTER_IMAGE_TYPES] as const;

export type FileContentType = (typeof DOCUMENT_TYPES)[number];

const MiB = 1024 * 1024;

/** No upload route reads more than this, whatever a purpose says (bodies are held in memory). */
export const MAX_UPLOAD_BYTES = 25 * MiB;

export type FilePurposeRule = {
  /** Largest accepted file, in bytes (≤ MAX_UPLOAD_BYTES). */
  maxBytes: number;
  /** Content types accepted, as detected from the bytes (never the browser's claim). */
  types: readonly FileContentType[];
  /**
   * "tenant": the workspace's own file (no partner); "partner": one partner's file — a
   * partner uploads for itself, a vendor user names the partner.
   */
  owner: "tenant" | "partner";
  /** A tenant file every portal user may read (the logo). Partner files never are. */
  sharedWithPartners: boolean;
  /** Who may upload (and delete) files of this purpose, per side; a missing side may not. */
  upload: { vendor?: VendorPermission; partner?: PartnerPermission };
  /** Who may read them besides the route's own permission, per side; a missing side may not. */
  read: { vendor?: VendorPermission; partner?: PartnerPermission };
  /** Shown inside pages (and e-mails) rather than downloaded: raster images only. */
  inline: boolean;
};

export const FILE_PURPOSES = {
  /** The workspace's logo: portal and back-office shells, e-mails, partner-facing documents. */
  "tenant.logo": {
    maxBytes: 1 * MiB,
    types: RASTER_IMAGE_TYPES,
    owner: "tenant",
    sharedWithPartners: true,
    upload: { vendor: "tenant.manage" },
    read: { vendor: "files.read", partner: "partnerFiles.read" },
    inline: true,
  },
  /** A partner's document (agreement scans, certificates, tax forms). */
  "partner.document": {
    maxBytes: 20 * MiB,
    types: DOCUMENT_TYPES,
    owner: "partner",
    sharedWithPartners: false,
    upload: { vendor: "partners.manage", partner: "partnerFiles.upload" },
    read: { vendor: "partners.read", partner: "partnerFiles.read" },
    inline: false,
  },
  /** A product picture (lib/catalog): shown in the back office and in every partner's catalog. */
  "product.image": {
    maxBytes: 5 * MiB,
    types: RASTER_IMAGE_TYPES,
    owner: "tenant",
    sharedWithPartners: true,
    upload: { vendor: "catalog.manage" },
    read: { vendor: "catalog.read", partner: "partnerCatalog.read" },
    inline: true,
  },
  /** A photo of a failed unit on a warranty claim (lib/warranties): the partner's, read by the vendor's handlers. */
  "warranty.photo": {
    maxBytes: 10 * MiB,
    types: RASTER_IMAGE_TYPES,
    owner: "partner",
    sharedWithPartners: false,
    upload: { partner: "ownWarranties.manage" },
    read: { vendor: "warranties.read", partner: "ownWarranties.read" },
    inline: true,
  },
} as const satisfies Record<string, FilePurposeRule>;

export type FilePurpose = keyof typeof FILE_PURPOSES;
export const FILE_PURPOSE_LIST = Object.keys(FILE_PURPOSES) as FilePurpose[];

export function purposeRule(purpose: string): FilePurposeRule | undefined {
  return Object.hasOwn(FILE_PURPOSES, purpose) ? FILE_PURPOSES[purpose as FilePurpose] : undefined;
}

/** Whether this content type may be shown inline for this purpose (raster images only, ever). */
export function servedInline(rule: FilePurposeRule | undefined, contentType: string): boolean {
  return !!rule?.inline && (RASTER_IMAGE_TYPES as readonly string[]).includes(contentType);
}
