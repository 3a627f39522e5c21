import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { systemCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";
import { messagesFor } from "@/lib/i18n/messages";
import { defineJob } from "@/lib/jobs/contract";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { createTransports, transportConfigFromEnv, type Transport } from "@/lib/notify/transports";
import { systemCertificatePdf } from "./certificate";

/**
 * The certificate e-mailed to the end customer when a sale is registered with an address: a
 * job enqueued in the registration's transaction (it exists if and only if the registration
 * commits), which renders the PDF in the customer's language under the certificate's brand and
 * sends it as an attachment. The end customer is no user of Canal, so this is a direct e-mail
 * rather than an alert of lib/notify; a retry after a lost worker may send it twice, never zero
 * times.
 */

export const sendCertificateJob = defineJob({
  name: "warranties.sendCertificate",
  payload: z.object({ tenantId: z.string().min(1), unitId: z.string().min(1) }),
  retry: { limit: 5, delaySeconds: 60, backoff: true },
  timeoutSeconds: 120,
  handler: async (payload) => sendCertificate(payload, processMailer()),
});

let mailer: Transport | undefined;
const processMailer = () => (mailer ??= createTransports(transportConfigFromEnv()).EMAIL);

export function enqueueCertificateMail(tx: Tx, tenantId: string, unitId: string): Promise<string | null> {
  return enqueueJob(tx, sendCertificateJob, { tenantId, unitId }, { key: `${tenantId}:${unitId}` });
}

export async function sendCertificate(payload: { tenantId: string; unitId: string }, transport: Transport): Promise<{ sent: boolean }> {
  const ctx = systemCtx(payload.tenantId);
  const pdf = await systemCertificatePdf(ctx, payload.unitId);
  if (!pdf.to) return { sent: false };
  const t = createTranslator({ locale: pdf.locale, messages: messagesFor(pdf.locale), namespace: "warranties.certificate.mail" });
  await transport.send({
    deliveryId: createId("mail"),
    tenantId: payload.tenantId,
    to: pdf.to,
    subject: t("subject", { brand: pdf.brandName }),
    body: t("body", { brand: pdf.brandName }),
    html: null,
    headers: null,
    attachments: [{ filename: pdf.fileName, contentType: "application/pdf", content: pdf.bytes }],
  });
  await withScope({ audience: "system", tenantId: payload.tenantId }, (tx) =>
    recordAudit(tx, ctx, { action: "warrantyUnit.certificateSent", entityType: "WarrantyUnit", entityId: payload.unitId, after: { to: pdf.to, locale: pdf.locale } }),
  );
  return { sent: true };
}
