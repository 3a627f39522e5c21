import type { CertificatePdf } from "./certificate";
import { REGISTRATION_IMPORT_COLUMNS, UNIT_IMPORT_COLUMNS } from "./import";

/** The CSV templates of the two imports and the download responses of the warranty routes. */

const template = (columns: readonly { headers: readonly string[] }[], example: string[]) => `\uFEFF${columns.map((c) => c.headers[0]).join(",")}\r\n${example.join(",")}\r\n`;

export const UNIT_IMPORT_TEMPLATE = template(UNIT_IMPORT_COLUMNS, ["SN-0001", "RTR-500", "Bluepeak Systems", "2026-01-15"]);
export const REGISTRATION_IMPORT_TEMPLATE = template(REGISTRATION_IMPORT_COLUMNS, ["SN-0001", "", "Clínica Sur", "it@clinicasur.example", "es", "2026-02-01", "Sevilla"]);

export function csvTemplateResponse(text: string, fileName: string): Response {
  return new Response(text, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" },
  });
}

/** The certificate as an inline PDF: private, never cached by a shared cache. */
export function certificateResponse(pdf: CertificatePdf): Response {
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${pdf.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
