/**
 * Warranties end to end: a unit shipped to Bluepeak (a VAR with Acme's customised, passed-
 * through "Gold VAR policy") becomes known from the vendor's CSV of shipped units; Bluepeak
 * registers its sale to an end customer in Spanish and downloads the certificate — under
 * Bluepeak's brand, not Acme's; Bluepeak files a claim with a photo (a partner permission of
 * its own); Acme approves it, issues the RMA, receives the unit and replaces it; Bluepeak's
 * coverage lookup of the replacement shows it continuing the original's coverage.
 */
import { todayIn } from "../../lib/activities/dates";
import { DEMO, DEMO_TIME_ZONE, expect, signInFast, test, uniqueTag } from "./helpers";
import { png } from "../fixtures/files";

test("shipped to a VAR → registered → certificate under the VAR's brand → claim → RMA → replacement → its coverage", async ({ browser }) => {
  test.setTimeout(120_000);
  const tag = uniqueTag().toUpperCase();
  const serial = `SN-W-${tag}`;
  const replacement = `SN-W-${tag}-R`;
  // Acme's day, not UTC's: between midnight UTC and midnight in New York, UTC's date is "in the future" to Acme.
  const today = todayIn(DEMO_TIME_ZONE.acme);

  const vendorContext = await browser.newContext();
  const admin = await vendorContext.newPage();
  await signInFast(admin, DEMO.acmeManager);
  await admin.goto("/acme/admin/warranties/units");
  await expect(admin.getByRole("heading", { name: "Units under warranty", level: 1 })).toBeVisible();
  await admin.getByLabel("CSV file").setInputFiles({ name: "units.csv", mimeType: "text/csv", buffer: Buffer.from(`serial,sku,partner,ship date\n${serial},RTR-100,Bluepeak Systems,${today}\n`) });
  await admin.getByRole("button", { name: "Import" }).click();
  await expect(admin.getByText("1 rows read: 1 units; no problems.")).toBeVisible();

  const partnerContext = await browser.newContext();
  const portal = await partnerContext.newPage();
  await signInFast(portal, DEMO.bluepeakAdmin);
  await portal.goto(`/acme/portal/warranties?serial=${serial}`);
  await expect(portal.getByTestId("coverage-explanation")).toContainText("Gold VAR policy");
  await portal.getByRole("link", { name: "Open the unit" }).click();
  await expect(portal.getByRole("heading", { name: `Unit ${serial}`, level: 1 })).toBeVisible();
  const unitUrl = portal.url();

  await portal.getByLabel(/^End customer(?!')/).fill("Clínica Sur");
  await portal.getByLabel(/^Certificate language/).selectOption("es");
  await portal.getByLabel(/^Sale date/).fill(today);
  await portal.getByLabel(/^Installation site/).fill("Sevilla");
  await portal.getByRole("button", { name: "Register", exact: true }).click();
  // registered: the page now shows the coverage from registration instead of the form
  await expect(portal.getByTestId("coverage-explanation")).toContainText("36 months from registration");
  await expect(portal.getByText("Clínica Sur")).toBeVisible();

  // the certificate: Bluepeak's, in the end customer's language
  const certificate = await portal.request.get(`${unitUrl}/certificate`);
  expect(certificate.status()).toBe(200);
  expect(certificate.headers()["content-type"]).toBe("application/pdf");
  const pdf = (await certificate.body()).toString("latin1");
  expect(pdf).toContain("(Bluepeak Systems)");
  expect(pdf).toContain(Buffer.from("\ufeffCertificado de garantía", "utf16le").swap16().toString("latin1"));

  // a claim with a photo, filed by the partner
  await portal.getByLabel(/^Failure code/).fill("NO-POWER");
  await portal.getByLabel(/^What happened/).fill("Does not power on after a storm.");
  const photo = portal.locator('[data-file-field="photoFileIds.0"]');
  // filed while the photo is still on its way, the claim waits for it instead of going without it
  let landUpload!: () => void;
  const uploadHeld = new Promise<void>((resolve) => (landUpload = resolve));
  await portal.route("**/portal/warranties/photos**", async (route) => {
    await uploadHeld;
    await route.continue();
  });
  await photo.locator('input[type="file"]').setInputFiles({ name: "unit.png", mimeType: "image/png", buffer: png(24, 24) });
  await expect(photo.getByRole("status")).toHaveText(/Uploading unit\.png/);
  await portal.getByRole("button", { name: "File the claim" }).click();
  await expect(portal.getByText("Wait until unit.png has finished uploading, then send the form again.")).toBeVisible();
  await expect(portal).toHaveURL(unitUrl);
  landUpload();
  await expect(photo.getByRole("status")).toHaveText(/unit\.png uploaded/);
  await expect(portal.getByText("Wait until unit.png has finished uploading")).toBeHidden();
  await portal.unroute("**/portal/warranties/photos**");
  await portal.getByRole("button", { name: "File the claim" }).click();
  const heading = portal.getByRole("heading", { name: /^Claim WC-\d{6}$/, level: 1 });
  await expect(heading).toBeVisible();
  await expect(portal.getByRole("img", { name: "Photo 1 of the failure" })).toBeVisible();
  const claimUrl = portal.url();

  // the vendor: approve → RMA → received → replaced
  await admin.goto(claimUrl.replace("/portal/", "/admin/"));
  await expect(admin.getByRole("heading", { name: (await heading.textContent())!.trim(), level: 1 })).toBeVisible();
  // each step leaves the page offering the next one the transition table allows
  await admin.getByRole("button", { name: "Approve" }).click();
  await admin.getByLabel(/^Return instructions/).fill("Ship to Acme RMA dock 4 with the RMA number on the box.");
  await admin.getByRole("button", { name: "Issue RMA" }).click();
  await expect(admin.getByText(/^RMA-\d{6}$/)).toBeVisible();
  await admin.getByRole("button", { name: "Mark received" }).click();
  await admin.getByLabel(/^Replacement's serial number/).fill(replacement);
  await admin.getByRole("button", { name: "Replace", exact: true }).click();
  await expect(admin.getByText(replacement)).toBeVisible();
  await vendorContext.close();

  // the partner sees the replacement, whose coverage continues the original's
  await portal.goto(claimUrl);
  await expect(portal.getByText(replacement)).toBeVisible();
  await portal.goto(`/acme/portal/warranties?serial=${replacement}`);
  const explanation = portal.getByTestId("coverage-explanation");
  await expect(explanation).toContainText(`continues the coverage of unit ${serial}`);
  await expect(explanation).toContainText("Covered until");
  await partnerContext.close();
});
