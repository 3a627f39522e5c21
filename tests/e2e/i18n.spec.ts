/**
 * Español everywhere: the language switch translates the login page, the back office and
 * the partner portal (no raw message keys left over), and a signed-in user's choice is
 * saved on their profile so it comes back at the next sign-in, on a fresh browser.
 */
import type { Page } from "@playwright/test";
import {
  DEMO,
  DEMO_PASSWORD,
  RAW_MESSAGE_KEY,
  apiLogin,
  expect,
  login,
  newPerson,
  signInFast,
  signOutFromShell,
  test,
  visibleText,
} from "./helpers";

/** The shell's language menu (top bar). */
async function chooseLanguageInShell(page: Page, language: "Español" | "English") {
  await page.getByRole("button", { name: /(Language|Idioma):/ }).click();
  await page.getByRole("menuitemradio", { name: language }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", language === "Español" ? "es" : "en");
}

async function expectTexts(page: Page, present: string[], absent: string[]) {
  for (const text of present) await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
  const body = await visibleText(page);
  for (const text of absent) expect(body, `"${text}" should be translated`).not.toContain(text);
  expect(body).not.toMatch(RAW_MESSAGE_KEY);
}

test("the login page switches to Español", async ({ page }) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectTexts(
    page,
    [
      "Inicia sesión en Canal",
      "¿Has olvidado tu contraseña?",
      "Crea un espacio de trabajo",
      "Gestión de canales para fabricantes",
    ],
    ["Sign in to Canal", "Forgot password?", "New to Canal?", "Channel management for manufacturers", "Welcome back."],
  );
  await expect(page.getByLabel(/^Correo electrónico/)).toBeVisible();
  await expect(page.getByLabel(/^Contraseña/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Iniciar sesión" })).toBeVisible();
  await expect(page).toHaveTitle(/Iniciar sesión/);

  // Errors are translated too.
  await page.getByLabel(/^Correo electrónico/).fill(DEMO.acmeAdmin);
  await page.getByLabel(/^Contraseña/).fill("incorrecta");
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page.locator("[data-form-alert]")).toBeVisible();
  expect(await visibleText(page)).not.toContain("The email or password is incorrect.");
});

test("the back office switches to Español and the choice survives sign-out and sign-in", async ({ page, browser }) => {
  // Finance is not used by other journeys, so saving a language on it disturbs nobody.
  await signInFast(page, DEMO.acmeFinance);
  await page.goto("/acme/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Fiona");
  await chooseLanguageInShell(page, "Español");

  const dashboard = {
    present: [
      "Hola de nuevo, Fiona",
      "Panel",
      "Socios",
      "Registro de auditoría",
      "Perfil",
      "Actividad reciente",
      "Accesos rápidos",
    ],
    absent: ["Welcome back", "Dashboard", "Partners", "Audit log", "Recent activity", "Quick links", "Back office"],
  };
  await expectTexts(page, dashboard.present, dashboard.absent);
  await expect(page.getByText("Panel de gestión · Finanzas").first()).toBeVisible();

  await signOutFromShell(page);
  await expect(page.getByRole("heading", { name: "Inicia sesión en Canal" })).toBeVisible();

  // A new browser has no language cookie: Spanish can only come from the saved profile.
  const fresh = await newPerson(browser);
  const again = await fresh.newPage();
  await again.goto("/login");
  await expect(again.locator("html")).toHaveAttribute("lang", "en");
  await login(again, DEMO.acmeFinance, DEMO_PASSWORD, "/acme/admin");
  await expect(again.locator("html")).toHaveAttribute("lang", "es");
  await expectTexts(again, dashboard.present, dashboard.absent);

  // And back to English, so the profile ends as it started.
  await chooseLanguageInShell(again, "English");
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Fiona");
  await fresh.close();
});

test("the partner portal switches to Español", async ({ page }) => {
  await signInFast(page, DEMO.northwindBuyer);
  await page.goto("/acme/portal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Ben");
  await chooseLanguageInShell(page, "Español");
  await expectTexts(
    page,
    ["Hola, Ben", "Inicio", "Perfil", "Tu cuenta", "Tipo de socio", "Fabricante", "Editar tu perfil"],
    ["Welcome, Ben", "Your account", "Partner type", "Edit your profile", "Partner portal", "Home"],
  );
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Perfil" }).click();
  await expect(page).toHaveURL(/\/acme\/portal\/profile$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await visibleText(page)).not.toMatch(RAW_MESSAGE_KEY);
  await chooseLanguageInShell(page, "English");
});

/**
 * The browser gets the message namespaces its client components read, not the catalog
 * (components/i18n/client-messages.tsx): the shell's and the page's own sections are in
 * the page, whole namespaces that only servers and e-mails use are not.
 */
test("signed-in pages send the browser only the messages their client components read", async () => {
  const admin = await apiLogin(DEMO.acmeAdmin);
  const partner = await apiLogin(DEMO.northwindAdmin);
  try {
    const html = async (client: typeof admin, path: string) => {
      const response = await client.get(path, { headers: { accept: "text/html" } });
      expect(response.status(), path).toBe(200);
      // The flight data in the page escapes quotes: look for `"name":{` either way.
      return (await response.text()).replaceAll('\\"', '"');
    };
    const users = await html(admin, "/acme/admin/users");
    expect(users).toContain('"shell":{');
    expect(users).toContain('"dataTable":{');
    for (const absent of ['"emails":{', '"landing":{', '"sms":{', '"mailbox":{', '"audit":{']) {
      expect(users, absent).not.toContain(absent);
    }
    const home = await html(partner, "/acme/portal");
    expect(home).toContain('"shell":{');
    for (const absent of ['"emails":{', '"landing":{', '"dataTable":{', '"validation":{', '"users":{']) {
      expect(home, absent).not.toContain(absent);
    }
  } finally {
    await Promise.all([admin.dispose(), partner.dispose()]);
  }
});

