/**
 * Branding, in Spanish: a tenant admin uploads a logo (a spoofed one is refused next to the
 * field) and picks a colour in settings, with a live preview that warns about a colour
 * too light for the page; the partner then sees the logo and colour in its portal.
 */
import { HTML, png } from "../fixtures/files";
import { DEMO, expect, newPerson, signInFast, test } from "./helpers";

const LOGO = png(96, 32, "#7c3aed");

test("un administrador sube el logotipo y elige el color; el socio los ve en su portal", async ({ browser }) => {
  const admin = await newPerson(browser, { locale: "es-ES" });
  const page = await admin.newPage();
  await signInFast(page, DEMO.globexAdmin);
  await page.goto("/globex/admin/settings");
  await expect(page.getByRole("heading", { name: "Marca", exact: true })).toBeVisible();

  const field = page.locator('[data-file-field="logoFileId"]');
  const picker = field.locator('input[type="file"]');
  // HTML called logo.png: the server reads the content and refuses it, in Spanish, on the field.
  await picker.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: HTML });
  await expect(page.getByText("Aquí no se acepta este tipo de archivo. Usa uno de estos: PNG, JPEG, WEBP, GIF.")).toBeVisible();
  await expect(page.getByLabel("Logotipo")).toHaveAttribute("aria-invalid", "true");

  await picker.setInputFiles({ name: "nuevo-logo.png", mimeType: "image/png", buffer: LOGO });
  await expect(field.getByRole("status")).toHaveText(/nuevo-logo\.png subido/);
  await expect(page.getByLabel("Logotipo")).not.toHaveAttribute("aria-invalid", "true");

  const color = page.getByLabel("Color de marca", { exact: true });
  await color.fill("#fde047");
  await expect(page.locator("[data-brand-warning]")).toContainText("Este color es claro");
  await expect(page.getByText(/El texto sobre este color es oscuro/)).toBeVisible();
  await color.fill("#7C3AED");
  await expect(page.locator("[data-brand-warning]")).toHaveCount(0);
  await expect(page.getByText(/El texto sobre este color es blanco: contraste \d+(\.\d)?:1, cumple WCAG AA/)).toBeVisible();

  await page.getByRole("button", { name: "Guardar marca" }).click();
  await expect(page.getByText("Marca guardada.")).toBeVisible();
  await expect(page.locator("header[data-brand-color]")).toHaveAttribute("data-brand-color", "#7c3aed");
  await admin.close();

  const partner = await newPerson(browser, { locale: "es-ES" });
  const portal = await partner.newPage();
  await signInFast(portal, DEMO.iberiaAdmin);
  await portal.goto("/globex/portal");
  await expect(portal.locator("header[data-brand-color]")).toHaveAttribute("data-brand-color", "#7c3aed");
  const logo = portal.locator("img[data-tenant-logo]").first();
  await expect(logo).toHaveAttribute("src", /^\/globex\/brand\/logo\/fil_[a-z0-9]+$/);
  const src = (await logo.getAttribute("src"))!;
  const served = await portal.request.get(src);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect((await served.body()).equals(LOGO)).toBe(true);
  // The image really renders (decoded by the browser, not a broken icon).
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
  await partner.close();
});
