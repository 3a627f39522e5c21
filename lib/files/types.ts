/** A file as services hand it out: what pages and modules need, never storage details. */
export type FileInfo = {
  id: string;
  /** Cleaned display name, extension matching the content. */
  name: string;
  purpose: string;
  contentType: string;
  size: number;
  /** The partner that owns it, or null for a tenant file. */
  partnerId: string | null;
  /** Whether pages may show it inline (raster images of an inline purpose). */
  inline: boolean;
  sha256: string;
  createdAt: Date;
};
