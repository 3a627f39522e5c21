/**
 * Accounts end to end: a partner imports a CSV file with bad rows (in Spanish) and sees the
 * row-by-row report while the good rows land in its list; a channel manager decides the
 * demo's open channel conflict, and the claiming partner sees the outcome without ever
 * seeing who the other party was.
 */
import { DEMO, baseUrl, expect, signInFast, test, uniqueTag } from "./helpers";

test("un socio importa cuentas con filas erróneas: ve el informe y se importan las correctas", async ({ page }) => {
  const tag = uniqueTag();
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);
  await signInFast(page, DEMO.iberiaAdmin);
  await page.goto("/globex/portal/accounts");
  await expect(page.getByRole("heading", { name: "Cuentas", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Importar CSV" }).click();
  await expect(page.getByRole("heading", { name: "Importar cuentas", level: 1 })).toBeVisible();

  const csv = [
    "Nombre;Sitio web;País;Región;Industria",
    `Ferretería Ribera ${tag} S.L.;ribera-${tag}.example;ES;Cataluña;Comercio minorista`,
    `;sin-nombre-${tag}.example;ES;;`,
    `Mala Industria ${tag};;ES;;Astronaves`,
    `FERRETERIA RIBERA ${tag} SL;;ES;;`,
    `Panadería Sol ${tag};;ES;Aragón;`,
  ].join("\n");
  await page.getByLabel("Archivo CSV").setInputFiles({ name: "cuentas.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Importar", exact: true }).click();

  const report = page.getByRole("table", { name: "Filas que no se importaron" });
  await expect(page.getByText("2 de 5 filas importadas; 3 problemas.")).toBeVisible();
  await expect(report.getByRole("row")).toHaveCount(4);
  await expect(report.getByRole("row").filter({ hasText: "Nombre" }).first()).toBeVisible();
  await expect(report.getByRole("row").filter({ hasText: "Industria" })).toContainText("Elige una de las industrias de la lista.");
  await expect(report.getByRole("row").filter({ hasText: "Repite una fila anterior" })).toContainText("5");

  await page.getByRole("link", { name: "Volver a cuentas" }).click();
  await page.getByRole("searchbox", { name: "Buscar cuentas" }).fill(tag);
  const list = page.getByRole("region", { name: "Cuentas" });
  await expect(list.getByRole("link", { name: `Ferretería Ribera ${tag} S.L.` })).toBeVisible();
  await expect(list.getByRole("link", { name: `Panadería Sol ${tag}` })).toBeVisible();
  await expect(list.getByText(`Mala Industria ${tag}`)).toHaveCount(0);
});

test("a channel manager decides a conflict; the partner sees the outcome, never the other party", async ({ page, browser }) => {
  await signInFast(page, DEMO.acmeManager);
  await page.goto("/acme/admin/conflicts?status=OPEN");
  const row = page.getByRole("row").filter({ hasText: "Cerveceria del Norte SA de CV" }).filter({ hasText: "Claimed twice" });
  await expect(row).toContainText("Northwind Distribution");
  await expect(row).toContainText("Lumen Retail");
  await row.getByRole("button", { name: /Decide/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Decision/).selectOption("DECLINED");
  await dialog.getByLabel(/^Reason/).fill("Lumen registered this brewery first.");
  await dialog.getByRole("button", { name: "Save decision" }).click();
  await expect(dialog).toBeHidden();
  await page.goto("/acme/admin/conflicts?status=DECLINED");
  await expect(page.getByRole("row").filter({ hasText: "Lumen registered this brewery first." })).toBeVisible();

  const partner = await browser.newContext({ baseURL: baseUrl() });
  const portal = await partner.newPage();
  await signInFast(portal, DEMO.northwindAdmin);
  await portal.goto("/acme/portal/accounts?review=DECLINED");
  await portal.getByRole("link", { name: "Cerveceria del Norte SA de CV" }).click();
  await expect(portal.getByText("Your channel manager declined this account for your company.")).toBeVisible();
  const html = await portal.content();
  expect(html).not.toContain("Lumen");
  expect(html).not.toContain("Lumen registered this brewery first.");
  await partner.close();
});
