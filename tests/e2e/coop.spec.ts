/**
 * Co-op end to end, in Spanish, in Globex's portal for Iberia Tech: an invoice accrues co-op
 * (Iberia orders, Globex ships, the worker's accrual job runs); Iberia sees the accrual in
 * its fund's entries with its invoice; it requests an activity in the portal with co-branded
 * material; Globex approves it; Iberia claims it with proof of performance; Globex approves
 * the claim and pays it by credit note on that invoice; Iberia's balance shows it paid and
 * its statement shows the credit note.
 *
 * Every partner step is the portal's and every decision Globex makes is its back office's, in
 * Spanish, signed in as Globex's admin (a co-op reviewer and payer): the request approved from
 * the requests queue, the claim approved from the claims queue and paid by credit note on the
 * invoice after reading what will be posted. Only the invoice and the worker's accrual job run
 * through the services (tests/e2e/coop/steps.ts): ordering, shipping and the hourly job have
 * journeys of their own.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { SERVER_ONLY_SHIM, TSX_CLI } from "../../scripts/db/tasks";
import { e2eConfig } from "../../scripts/db/e2e";
import { REPO_ROOT } from "../../scripts/endpoints/collect";
import { pdf, png } from "../fixtures/files";
import { todayIn } from "../../lib/activities/dates";
import { DEMO, DEMO_TIME_ZONE, baseUrl, expect, signInFast, test, uniqueTag } from "./helpers";

async function step<T>(...args: string[]): Promise<T> {
  const db = e2eConfig();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [TSX_CLI, ...SERVER_ONLY_SHIM, path.join(REPO_ROOT, "tests", "e2e", "coop", "steps.ts"), ...args],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_APP_URL: db.appUrl,
        DATABASE_OWNER_URL: db.ownerUrl,
        APP_URL: baseUrl(),
        LOG_LEVEL: "warn",
      },
      maxBuffer: 10_000_000,
    },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as T;
}

/** A figure of the balance block (data-figure) as the page shows it. */
/** Pages stream their figures in; the machine running the suite is shared and busy. */
const SLOW = { timeout: 30_000 };

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`).first();

test("invoice accrues → request → approved → claim with proof → paid by credit note → balance and statement", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = uniqueTag().toUpperCase();
  const invoice = await step<{
    invoiceId: string;
    invoiceNumber: string;
    accrualMinor: string | null;
    fundId: string | null;
  }>("invoice");
  expect(invoice.accrualMinor, "the invoice accrued co-op").not.toBeNull();
  expect(BigInt(invoice.accrualMinor!)).toBeGreaterThan(0n);

  const spanish = async (email: string) => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: "es-ES" });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);
    const page = await context.newPage();
    await signInFast(page, email);
    return page;
  };
  const portal = await spanish(DEMO.iberiaAdmin);
  const backOffice = await spanish(DEMO.globexAdmin);

  // the home shows a real balance and leads to the co-op page
  await portal.goto("/globex/portal");
  await expect(portal.locator("[data-coop-home]")).toBeVisible(SLOW);
  await portal.getByRole("link", { name: "Abrir los fondos cooperativos" }).click();
  await expect(portal.getByRole("heading", { name: "Fondos cooperativos", level: 1 })).toBeVisible(SLOW);
  await expect(portal.locator("[data-coop-hints]")).toContainText(/Pida .+ más este trimestre para ganar/, SLOW);

  // the fund the invoice accrued into: its entries show the accrual with its invoice
  await portal.goto(`/globex/portal/coop/funds/${invoice.fundId}`);
  await expect(portal.getByRole("link", { name: `Factura ${invoice.invoiceNumber}` })).toBeVisible(SLOW);
  const paidBefore = (await figure(portal, "paid").textContent())!.trim();

  // request an activity on that fund, with co-branded material
  await portal.goto(`/globex/portal/coop/requests/new?fundId=${invoice.fundId}`);
  await expect(portal.getByRole("heading", { name: "Solicitar una actividad", level: 1 })).toBeVisible(SLOW);
  const today = todayIn(DEMO_TIME_ZONE.globex);
  await portal.getByLabel(/^Tipo de actividad/).selectOption("DIGITAL_ADS");
  await portal.getByLabel(/^Actividad/).fill(`Anuncios de búsqueda ${tag}`);
  await portal.getByLabel(/^Empieza el/).fill(today);
  await portal.getByLabel(/^Termina el/).fill(today);
  await portal.getByLabel(/^Coste previsto/).fill("20");
  // more than the program's 50 % share: a translated error beside the field, nothing sent
  await portal.getByLabel(/^Importe solicitado/).fill("15");
  await portal.getByRole("button", { name: "Enviar la solicitud" }).click();
  await expect(portal.getByText("Es más que la parte del coste que cubre el programa.")).toBeVisible();
  await portal.getByLabel(/^Importe solicitado/).fill("8");
  const material = portal.locator('[data-file-field="documentFileIds.0"]');
  await material
    .locator('input[type="file"]')
    .setInputFiles({ name: "anuncio.png", mimeType: "image/png", buffer: png(24, 24) });
  await expect(material.getByRole("status")).toHaveText(/anuncio\.png subido/);
  await portal.getByRole("button", { name: "Enviar la solicitud" }).click();
  await expect(portal.getByRole("heading", { name: `Solicitud: Anuncios de búsqueda ${tag}`, level: 1 })).toBeVisible(
    SLOW,
  );
  await expect(portal.getByText("Pendiente de aprobación")).toBeVisible();
  await expect(portal.getByRole("link", { name: "Descargar anuncio.png" })).toBeVisible();
  const requestId = portal.url().split("/").at(-1)!;

  // Globex finds it among the requests waiting for a decision and approves it in full
  await backOffice.goto("/globex/admin/coop/requests?status=PROPOSED");
  await backOffice.getByRole("link", { name: `Anuncios de búsqueda ${tag}` }).click();
  await expect(backOffice.getByRole("heading", { name: `Anuncios de búsqueda ${tag}`, level: 1 })).toBeVisible(SLOW);
  expect(backOffice.url()).toContain(`/coop/requests/${requestId}`);
  await expect(backOffice.getByRole("link", { name: "Descargar anuncio.png" })).toBeVisible();
  const approveRequest = backOffice.getByRole("form", { name: "Aprobar" });
  await approveRequest.getByLabel(/^Nota para el socio/).fill("Aprobada.");
  await approveRequest.getByRole("button", { name: "Aprobar solicitud" }).click();
  await expect(backOffice.getByText("Aprobada", { exact: true }).first()).toBeVisible(SLOW);
  await portal.reload();
  await expect(portal.getByText("Aprobada", { exact: true })).toBeVisible();

  // the claim, from the request, with proof of performance
  await portal.getByRole("link", { name: "Reclamar esta actividad" }).click();
  await expect(portal.getByRole("heading", { name: "Presentar una reclamación", level: 1 })).toBeVisible(SLOW);
  await portal.getByLabel(/^Coste real/).fill("20");
  await portal.getByLabel(/^Importe reclamado/).fill("8");
  const proof = portal.locator('[data-file-field="proofFileIds.0"]');
  await proof
    .locator('input[type="file"]')
    .setInputFiles({ name: "factura-agencia.pdf", mimeType: "application/pdf", buffer: pdf() });
  await expect(proof.getByRole("status")).toHaveText(/factura-agencia\.pdf subido/);
  await portal.getByRole("button", { name: "Presentar la reclamación" }).click();
  await expect(
    portal.getByRole("heading", { name: `Reclamación: Anuncios de búsqueda ${tag}`, level: 1 }),
  ).toBeVisible();
  await expect(portal.getByText("En revisión")).toBeVisible();
  const claimId = portal.url().split("/").at(-1)!;

  // Globex finds the claim in its queue, approves it in full and pays it by credit note on the invoice
  await backOffice.goto("/globex/admin/coop?status=SUBMITTED");
  await backOffice.getByRole("link", { name: `Anuncios de búsqueda ${tag}` }).click();
  await expect(backOffice.getByRole("heading", { name: `Anuncios de búsqueda ${tag}`, level: 1 })).toBeVisible(SLOW);
  expect(backOffice.url()).toContain(`/coop/claims/${claimId}`);
  await expect(backOffice.getByRole("link", { name: "Descargar factura-agencia.pdf" })).toBeVisible();
  await backOffice.getByRole("form", { name: "Aprobar" }).getByRole("button", { name: "Aprobar reclamación" }).click();
  await expect(backOffice.getByText("Aprobada, sin pagar").first()).toBeVisible(SLOW);
  const pay = backOffice.getByRole("form", { name: /^Pagar / });
  await expect(pay.getByRole("radio", { name: "Nota de crédito sobre una factura abierta" })).toBeChecked();
  await pay.getByLabel(/^Factura a abonar/).selectOption(invoice.invoiceId);
  // (the amount's space is a no-break space, as Intl formats euros in Spanish)
  await expect(pay.getByText(new RegExp(`^Una nota de crédito de 8,00\\s€ sobre la factura ${invoice.invoiceNumber}\\.$`))).toBeVisible();
  await pay.getByRole("button", { name: "Pagar reclamación" }).click();
  await expect(backOffice.getByRole("link", { name: "Con nota de crédito (ver la factura)" })).toBeVisible(SLOW);
  await backOffice.context().close();

  // the partner's claim: paid, with the credit note on that invoice
  await portal.reload();
  await expect(portal.getByText("Pagada", { exact: true })).toBeVisible();
  const creditNote = portal.getByRole("link", {
    name: new RegExp(`^Nota de crédito CN-\\d{6} sobre la factura ${invoice.invoiceNumber}$`),
  });
  await expect(creditNote).toBeVisible();
  const reference = /CN-\d{6}/.exec((await creditNote.textContent()) ?? "")![0];

  // the balance: paid grew by 8,00 €, and the entry is in the fund's ledger
  await portal.goto(`/globex/portal/coop/funds/${invoice.fundId}`);
  await expect(figure(portal, "paid")).not.toHaveText(paidBefore);
  await portal.goto(`/globex/portal/coop/funds/${invoice.fundId}?kind=CLAIM_PAYMENT`);
  await expect(portal.getByRole("table").getByText("Reclamación pagada").first()).toBeVisible();

  // the statement shows the credit note
  await portal.goto("/globex/portal/invoices/statement");
  await expect(portal.getByText(`Nota de crédito ${reference}`)).toBeVisible();
  await portal.context().close();
});
