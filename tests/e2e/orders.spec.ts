/**
 * Orders end to end, in Spanish: a partner fills a cart from a pasted SKU list, adds the
 * ship-to, sees each line priced with its explanation and submits (a double click makes one
 * order); the vendor allocates it and ships part of it with a tracking number; the partner
 * then sees the order shipped in part and the tracking number, opens the shipment's invoice
 * and downloads its PDF, and the invoice's alert reaches its mailbox. The channel manager reads the
 * allocation queue: orders waiting for stock by score, each score's terms adding up to it. The
 * cart's product picker searches as the partner types; the queue saves views and exports CSV.
 */
import type { Browser } from "@playwright/test";
import { DEMO, FROM_LOOPBACK, baseUrl, expect, shellHydrated, signInFast, test, uniqueTag } from "./helpers";

async function spanish(browser: Browser, email: string) {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: "es-ES" });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);
  const page = await context.newPage();
  await signInFast(page, email);
  return { context, page };
}

test("a partner orders, the vendor allocates and ships part, the partner sees the status, the tracking number and the invoice", async ({ browser }) => {
  // Two browsers through a dozen server round trips: the default minute is too tight on a busy 2-core runner.
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const tracking = `1ZES${tag}`.toUpperCase();
  const partner = await spanish(browser, DEMO.northwindAdmin);
  const portal = partner.page;

  await portal.goto("/acme/portal/orders");
  await expect(portal.getByRole("heading", { name: "Pedidos", level: 1 })).toBeVisible();
  await portal.getByRole("link", { name: "Nuevo pedido" }).click();
  await portal.getByLabel(/^Referencias y cantidades/).fill("AP-200 5\nSW-24 2");
  await portal.getByRole("button", { name: "Añadir al carrito" }).click();
  await expect(portal.getByRole("heading", { name: "Carrito", level: 1 })).toBeVisible();
  const cartUrl = portal.url();

  await portal.getByLabel(/^Número de OC/).fill(`NW-E2E-${tag}`);
  await portal.getByLabel(/^Empresa o destinatario/).fill("Northwind Distribution");
  await portal.getByLabel("Dirección", { exact: true }).fill("Calle Mayor 1");
  await portal.getByLabel(/^Ciudad/).fill("Madrid");
  await portal.getByLabel(/^País/).fill("ES");
  await portal.getByRole("button", { name: "Guardar y calcular precios" }).click();
  await expect(portal.getByText("Carrito guardado y con precios.")).toBeVisible();
  // each line priced on the server, with the engine's explanation
  const line = portal.locator('[data-order-line="AP-200"]');
  await expect(line).toBeVisible();
  await line.getByText("Cómo se llegó a este precio").click();
  await expect(line.locator("[data-price-total]")).toContainText("× 5");
  // the account insight beside the cart: volume, breaks, tier and receivables, each explained
  const insight = portal.locator("[data-account-insight]");
  await expect(insight.getByRole("heading", { name: "Visión de la cuenta" })).toBeVisible();
  await expect(insight.locator('[data-insight="breaks"]')).toBeVisible();
  const volume = insight.locator('[data-insight="volume"]');
  await volume.getByText("¿Cómo se calcula?").click();
  await expect(volume).toContainText("los últimos doce meses");
  await expect(insight.locator('[data-insight="receivables"]')).toBeVisible();

  await portal.getByRole("button", { name: "Enviar el pedido" }).dblclick();
  const number = portal.getByRole("heading", { name: /^SO-\d{6}$/, level: 1 });
  await expect(number).toBeVisible();
  const orderNumber = (await number.textContent())!.trim();
  expect(portal.url()).toBe(cartUrl);
  await expect(portal.locator("[data-order-state]")).toHaveText("Aprobado: se preparará con el stock.");
  // one order for the double click
  await portal.goto(`/acme/portal/orders?q=${orderNumber}`);
  await expect(portal.getByRole("link", { name: orderNumber })).toHaveCount(1);

  const vendor = await spanish(browser, DEMO.acmeManager);
  const admin = vendor.page;
  await admin.goto(cartUrl.replace("/portal/orders/", "/admin/orders/"));
  await expect(admin.getByRole("heading", { name: orderNumber, level: 1 })).toBeVisible();
  await admin.getByRole("button", { name: "Reservar stock" }).click();
  // allocated: the page now offers the shipment instead
  await expect(admin.getByRole("button", { name: "Registrar el envío" })).toBeVisible();
  await admin.getByLabel(/^Transportista/).fill("SEUR");
  await admin.getByLabel(/^Número de seguimiento/).fill(tracking);
  // the switches wait for the next shipment; the access points are serial-tracked: one serial per unit
  await admin.getByLabel(/^Unidades de SW-24/).fill("0");
  await admin.getByRole("button", { name: "Registrar el envío" }).click();
  await expect(admin.getByText("Introduce un número de serie distinto por unidad enviada.")).toBeVisible();
  await admin.getByLabel(/^Números de serie de AP-200/).fill([1, 2, 3, 4, 5].map((n) => `SN-${tag}-${n}`).join("\n"));
  await admin.getByRole("button", { name: "Registrar el envío" }).click();
  await expect(admin.getByText("Envío registrado.")).toBeVisible();
  await expect(admin.locator("[data-tracking]")).toHaveText(tracking);
  await vendor.context.close();

  await portal.goto(cartUrl);
  await expect(portal.getByRole("heading", { name: orderNumber, level: 1 })).toBeVisible();
  await expect(portal.locator("[data-order-state]")).toHaveText("Parte del pedido se ha expedido; el resto llegará después.");
  await expect(portal.getByText("Enviado en parte").first()).toBeVisible();
  await expect(portal.locator("[data-tracking]")).toHaveText(tracking);
  await expect(portal.getByText("AP-200: 5 unidades")).toBeVisible();

  // the shipment's invoice: the partner opens it and downloads its PDF
  const invoiceLink = portal.locator("[data-shipment-invoice]");
  await expect(invoiceLink).toHaveText(/^INV-\d{6}$/);
  const invoiceNumber = (await invoiceLink.textContent())!.trim();
  await invoiceLink.click();
  await expect(portal.getByRole("heading", { name: invoiceNumber, level: 1 })).toBeVisible();
  await expect(portal.locator("[data-invoice-status]")).toHaveText("Abierta");
  await expect(portal.locator('[data-invoice-line="AP-200"]')).toContainText("5 ×");
  const pdf = await portal.request.get((await portal.locator("[data-invoice-pdf]").getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(1000);
  // the invoice's alert reaches the partner admin's mailbox (e-mail is on by default for it)
  await expect
    .poll(async () => (await (await portal.request.get(`/dev/mailbox?to=${encodeURIComponent(DEMO.northwindAdmin)}`, { headers: FROM_LOOPBACK })).text()).includes(invoiceNumber), {
      message: `an e-mail about ${invoiceNumber} in the mailbox of ${DEMO.northwindAdmin}`,
      timeout: 20_000,
    })
    .toBe(true);
  await partner.context.close();
});

test("the allocation queue in Spanish: orders waiting for stock by score, each score explained term by term", async ({ browser }) => {
  const vendor = await spanish(browser, DEMO.acmeManager);
  const admin = vendor.page;
  await admin.goto("/acme/admin/orders");
  await admin.getByRole("link", { name: "Cola de asignación" }).click();
  await expect(admin.getByRole("heading", { name: "Cola de asignación", level: 1 })).toBeVisible();
  await expect(admin.getByRole("button", { name: "Asignar por prioridad" })).toBeVisible();
  // the demo's SW-8 order waits for 2 units
  await expect(admin.getByText("2 unidades").first()).toBeVisible();
  const scores = await admin.locator("[data-queue-score]").evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-queue-score"))));
  expect(scores.length).toBeGreaterThan(1);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  const first = admin.locator("[data-queue-score]").first();
  await first.getByText(/^Por qué \d+$/).click();
  await expect(first.getByRole("rowheader", { name: "Nivel del socio" })).toBeVisible();
  const points = await first.locator("[data-priority-term] td:last-child").allTextContents();
  expect(points).toHaveLength(6);
  expect(points.reduce((a, p) => a + Number(p), 0)).toBe(scores[0]);
  await vendor.context.close();
});

test("the cart's product picker in Spanish: searched as one types, only what the partner can order, with the engine's price", async ({ browser }) => {
  const partner = await spanish(browser, DEMO.northwindAdmin);
  const portal = partner.page;
  await portal.goto("/acme/portal/orders/new");
  await shellHydrated(portal);
  await portal.getByRole("button", { name: "Producto (obligatorio)" }).click();
  const search = portal.getByRole("combobox", { name: "Busca productos por referencia o nombre" });
  await search.fill("conmutador de 24");
  const option = portal.getByRole("option", { name: /SW-24/ });
  await expect(option).toBeVisible();
  await expect(option).toContainText("c/u");
  // the ARIA combobox pattern: Down moves into the list, Enter picks
  await search.press("ArrowDown");
  await search.press("Enter");
  await expect(portal.getByRole("button", { name: "Producto (obligatorio)" })).toHaveText(/SW-24 · Conmutador de 24 puertos/);
  await portal.getByLabel(/^Cantidad/).fill("2");
  await portal.getByRole("button", { name: "Crear el carrito" }).click();
  await expect(portal.getByRole("heading", { name: "Carrito", level: 1 })).toBeVisible();
  await expect(portal.locator('[data-order-line="SW-24"]')).toBeVisible();
  await partner.context.close();
});

test("the order queue in Spanish: backorders filtered, the view saved and deleted, the CSV of what is filtered", async ({ browser }) => {
  const tag = uniqueTag();
  const vendor = await spanish(browser, DEMO.acmeManager);
  const admin = vendor.page;
  await admin.goto("/acme/admin/orders?backordered=yes");
  await expect(admin.getByText(/unidades esperan/).first()).toBeVisible();
  // the demo's saved view of backorders is the one showing
  await expect(admin.getByRole("link", { name: "Backorders" })).toHaveAttribute("aria-current", "page");
  await admin.getByRole("button", { name: "Guardar esta vista" }).click();
  await admin.getByLabel(/^Nombre/).fill(`Vista ${tag}`);
  await admin.getByRole("button", { name: "Guardar vista" }).click();
  await expect(admin.getByRole("link", { name: `Vista ${tag}` })).toBeVisible();
  const href = await admin.getByRole("link", { name: /^Exportar CSV/ }).getAttribute("href");
  expect(href).toContain("backordered=yes");
  const csv = await admin.request.get(href!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.text();
  expect(body).toContain("Unidades pendientes");
  expect(body).toContain("NW-PO-2294");
  await admin.getByRole("button", { name: `Eliminar la vista Vista ${tag}` }).click();
  await expect(admin.getByRole("link", { name: `Vista ${tag}` })).toHaveCount(0);
  await vendor.context.close();
});
