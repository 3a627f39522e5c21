/**
 * Co-op in the back office, end to end in English: Acme's admin creates an MDF program and
 * allocates it to Northwind; Northwind claims from the fund (through the services — the
 * partner's screens have a journey of their own); the admin finds the claim in the queue,
 * approves it in part, pays it by credit note after reading what will be posted, and sees the
 * fund's ledger and the liability report follow.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { SERVER_ONLY_SHIM, TSX_CLI } from "../../scripts/db/tasks";
import { e2eConfig } from "../../scripts/db/e2e";
import { DEMO, expect, signInFast, test, uniqueTag } from "./helpers";

async function partnerClaims(fundId: string, title: string, claimed: string): Promise<string> {
  const db = e2eConfig();
  const script = path.join(process.cwd(), "tests", "e2e", "coop", "partner-claim.ts");
  const { stdout } = await promisify(execFile)(process.execPath, [TSX_CLI, ...SERVER_ONLY_SHIM, script, "acme", DEMO.northwindAdmin, fundId, title, claimed], {
    env: { ...process.env, DATABASE_APP_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl, LOG_LEVEL: "warn" },
  });
  return stdout.trim().split("\n").at(-1)!;
}

test("MDF program → allocated to a partner → claim approved in part from the queue → paid by credit note → liability follows", async ({ page }) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const program = `Launch MDF ${tag}`;
  const title = `Search ads ${tag}`;
  await signInFast(page, DEMO.acmeAdmin);

  // a new MDF program
  await page.goto("/acme/admin/coop/programs/new");
  await expect(page.getByRole("heading", { name: "New co-op or MDF program", level: 1 })).toBeVisible();
  await page.getByRole("radio", { name: /^MDF/ }).check();
  await page.getByLabel(/^Name/).fill(program);
  await page.getByLabel(/^Campaign/).fill(`Launch ${tag}`);
  await page.getByRole("checkbox", { name: "Digital ads" }).check();
  await page.getByLabel(/^Largest share of a cost/).fill("100");
  await page.getByRole("button", { name: "Create program" }).click();
  await expect(page.getByRole("heading", { name: program, level: 1 })).toBeVisible();
  await expect(page.getByText("Allocated by the vendor for the campaign")).toBeVisible();

  // allocated to Northwind: the fund's page shows the allocation in its ledger
  await page.getByLabel(/^Partner/).selectOption({ label: "Northwind Distribution" });
  await page.getByLabel(/^Amount/).fill("1000");
  await page.getByRole("button", { name: "Allocate", exact: true }).click();
  await expect(page.getByRole("heading", { name: `${program} · Northwind Distribution`, level: 1 })).toBeVisible();
  const ledger = page.getByRole("region", { name: "Ledger entries, newest first" });
  await expect(ledger.getByRole("row").filter({ hasText: "Allocation" })).toContainText("$1,000.00");
  const fundUrl = page.url();
  const fundId = /\/coop\/funds\/(cfd_[a-z0-9]+)$/.exec(fundUrl)![1]!;

  // the liability report before the claim: the whole allocation is owed
  await page.goto("/acme/admin/coop/reports");
  const liability = page.getByRole("region", { name: "Liability by program and partner" });
  await expect(liability.getByRole("row").filter({ hasText: program })).toContainText("$1,000.00");

  // Northwind claims 60 USD; the claim waits in the queue
  await partnerClaims(fundId, title, "60");
  await page.goto("/acme/admin/coop?status=SUBMITTED");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download proof.pdf" })).toBeVisible();

  // approved in part: 45 of 60
  const approve = page.getByRole("form", { name: "Approve" });
  await approve.getByLabel(/^Amount to approve/).fill("45");
  await approve.getByLabel(/^Note to the partner/).fill("The display network is not covered.");
  await approve.getByRole("button", { name: "Approve claim" }).click();
  await expect(page.getByText("Approved, unpaid")).toBeVisible();

  // paid by credit note, after reading what will be posted
  const pay = page.getByRole("form", { name: "Pay $45.00" });
  await expect(pay.getByRole("radio", { name: "Credit note on an open invoice" })).toBeChecked();
  await expect(pay.getByText(/^A credit note of \$45\.00 on invoice INV-\d{6}\.$/)).toBeVisible();
  await pay.getByRole("button", { name: "Pay claim" }).click();
  await expect(page.getByText("By credit note (see the invoice)")).toBeVisible();

  // the fund: 45 paid, 955 available; the ledger holds the payment
  await page.goto(fundUrl);
  await expect(ledger.getByRole("row").filter({ hasText: "Claim payment" })).toContainText("$45.00");
  await expect(page.getByRole("definition").filter({ hasText: "$955.00" }).first()).toBeVisible();

  // the liability report: what is owed dropped by the payment
  await page.goto("/acme/admin/coop/reports");
  await expect(liability.getByRole("row").filter({ hasText: program })).toContainText("$955.00");
});

test("the review targets: a co-op manager sets the claims queue's hours, checked beside the field, and the queue measures against them", async ({ page }) => {
  await signInFast(page, DEMO.acmeManager);
  await page.goto("/acme/admin/coop");
  await page.getByRole("navigation", { name: "Co-op sections" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Review targets" })).toBeVisible();
  const form = page.getByRole("form", { name: "Review targets" });
  const claims = form.getByLabel(/^Claims: answer within/);
  // a fraction of an hour: a translated error beside the field, nothing saved
  await claims.fill("1.5");
  await form.getByRole("button", { name: "Save targets" }).click();
  await expect(form.getByText("Enter whole hours from 1 to 720 (30 days).")).toBeVisible();
  await claims.fill("96");
  await form.getByRole("button", { name: "Save targets" }).click();
  await expect(form.getByText("Review targets saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: "Review targets" }).getByLabel(/^Claims: answer within/)).toHaveValue("96");
  await page.goto("/acme/admin/coop");
  await expect(page.getByText(/\(target: answer within 96 hours\)/)).toBeVisible();
  // back to the default, so the demo reads as it did
  await page.goto("/acme/admin/coop/settings");
  await page.getByRole("form", { name: "Review targets" }).getByLabel(/^Claims: answer within/).fill("72");
  await page.getByRole("form", { name: "Review targets" }).getByRole("button", { name: "Save targets" }).click();
  await expect(page.getByText("Review targets saved.")).toBeVisible();
});
