/**
 * The files routes over HTTP against the production build: uploads refused by content and
 * size with translated errors, downloads authorised like any other read (another partner's
 * or another tenant's file id is a 404) and served with safe headers — nosniff, a sandboxing
 * CSP, an RFC 6266/5987 file name, inline only for the raster logo.
 */
import type { APIRequestContext } from "@playwright/test";
import { pdf, png } from "../fixtures/files";
import { DEMO, apiAnonymous, apiLogin, baseUrl, expect, test } from "./helpers";

let northwind: APIRequestContext;
let bluepeak: APIRequestContext;
let acmeAdmin: APIRequestContext;
let globexAdmin: APIRequestContext;

test.beforeAll(async () => {
  [northwind, bluepeak, acmeAdmin, globexAdmin] = await Promise.all([
    apiLogin(DEMO.northwindAdmin),
    apiLogin(DEMO.bluepeakAdmin),
    apiLogin(DEMO.acmeAdmin),
    apiLogin(DEMO.globexAdmin),
  ]);
});
test.afterAll(async () => {
  await Promise.all([northwind, bluepeak, acmeAdmin, globexAdmin].map((client) => client.dispose()));
});

// Uploads are made as Bluepeak's admin: other journeys count what Northwind's admin did
// in the audit log (lists.spec.ts).
const upload = (client: APIRequestContext, url: string, body: Buffer, query: Record<string, string>) =>
  client.post(`${url}?${new URLSearchParams(query)}`, {
    data: body,
    headers: { origin: baseUrl(), "content-type": "application/octet-stream", accept: "application/json" },
  });

test("a partner's document: its own partner and the vendor read it, another partner and another tenant get 404", async () => {
  const created = await upload(bluepeak, "/acme/portal/files", pdf(), {
    purpose: "partner.document",
    name: "Contrato firmado «2026».pdf",
  });
  expect(created.status()).toBe(201);
  const { file } = (await created.json()) as { file: { id: string; name: string; contentType: string } };
  expect(file).toMatchObject({ contentType: "application/pdf", name: "Contrato firmado «2026».pdf" });

  const own = await bluepeak.get(`/acme/portal/files/${file.id}`);
  expect(own.status()).toBe(200);
  const headers = own.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-security-policy"]).toContain("sandbox");
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["content-disposition"]).toBe(
    `attachment; filename="Contrato firmado _2026_.pdf"; filename*=UTF-8''Contrato%20firmado%20%C2%AB2026%C2%BB.pdf`,
  );
  expect(headers["cache-control"]).toBe("private, no-cache");
  expect((await own.body()).equals(pdf())).toBe(true);

  // Revalidation with the ETag is cheap: 304, no body.
  const again = await bluepeak.get(`/acme/portal/files/${file.id}`, {
    headers: { "if-none-match": headers["etag"]! },
  });
  expect(again.status()).toBe(304);

  expect((await acmeAdmin.get(`/acme/admin/files/${file.id}`)).status()).toBe(200);
  const otherPartner = await northwind.get(`/acme/portal/files/${file.id}`);
  expect(otherPartner.status()).toBe(404);
  expect(((await otherPartner.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  expect((await globexAdmin.get(`/globex/admin/files/${file.id}`)).status()).toBe(404);
  expect((await globexAdmin.get(`/acme/admin/files/${file.id}`)).status()).toBe(404);
  const anonymous = await apiAnonymous();
  expect((await anonymous.get(`/acme/portal/files/${file.id}`)).status()).toBe(401);
  await anonymous.dispose();
});

test("spoofed and oversized uploads are refused with translated errors, before anything is stored", async () => {
  const html = Buffer.from("<!doctype html><script>alert(1)</script>");
  const spoofed = await upload(acmeAdmin, "/acme/admin/files", html, { purpose: "tenant.logo", name: "logo.png" });
  expect(spoofed.status()).toBe(415);
  expect(((await spoofed.json()) as { error: { code: string; message: string } }).error).toMatchObject({
    code: "FILE_TYPE_REFUSED",
    message: "This kind of file is not accepted here. Use one of: PNG, JPEG, WEBP, GIF.",
  });

  const big = await upload(acmeAdmin, "/acme/admin/files", Buffer.alloc(2 * 1024 * 1024, 1), {
    purpose: "tenant.logo",
    name: "big.png",
  });
  expect(big.status()).toBe(413);
  expect(((await big.json()) as { error: { code: string } }).error.code).toBe("FILE_TOO_LARGE");

  // A partner may not upload the workspace's logo; a cross-site upload is refused outright.
  expect(
    (await upload(northwind, "/acme/portal/files", png(), { purpose: "tenant.logo", name: "x.png" })).status(),
  ).toBe(403);
  const crossSite = await acmeAdmin.post(`/acme/admin/files?purpose=tenant.logo`, {
    data: png(),
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(crossSite.status()).toBe(403);
});

test("the workspace's logo is shown inline, to every partner and publicly, only while it is the logo", async () => {
  const portal = await (await northwind.get("/acme/portal", { headers: { accept: "text/html" } })).text();
  const [, logoId] = /\/acme\/brand\/logo\/(fil_[a-z0-9]+)/.exec(portal) ?? [];
  expect(logoId, "the portal shows Acme's logo").toBeTruthy();

  const shared = await bluepeak.get(`/acme/portal/files/${logoId}`);
  expect(shared.status()).toBe(200);
  expect(shared.headers()["content-type"]).toBe("image/png");
  expect(shared.headers()["content-disposition"]).toMatch(/^inline; /);

  const anonymous = await apiAnonymous();
  const pub = await anonymous.get(`/acme/brand/logo/${logoId}`);
  expect(pub.status()).toBe(200);
  expect(pub.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(pub.headers()["x-content-type-options"]).toBe("nosniff");
  // Another tenant's slug with Acme's logo id, or a file that is not the logo: 404.
  expect((await anonymous.get(`/globex/brand/logo/${logoId}`)).status()).toBe(404);
  await anonymous.dispose();
});
