import { servedInline, purposeRule } from "./purposes";
import type { FileInfo } from "./types";

/** The columns a FileInfo is made from (storage details are selected only where needed). */
export const FILE_SELECT = {
  id: true,
  originalName: true,
  purpose: true,
  contentType: true,
  size: true,
  partnerId: true,
  sha256: true,
  createdAt: true,
} as const;

export type FileRow = {
  id: string;
  originalName: string;
  purpose: string;
  contentType: string;
  size: number;
  partnerId: string | null;
  sha256: string;
  createdAt: Date;
};

export function toFileInfo(row: FileRow): FileInfo {
  return {
    id: row.id,
    name: row.originalName,
    purpose: row.purpose,
    contentType: row.contentType,
    size: row.size,
    partnerId: row.partnerId,
    inline: servedInline(purposeRule(row.purpose), row.contentType),
    sha256: row.sha256,
    createdAt: row.createdAt,
  };
}
