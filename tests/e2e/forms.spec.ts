/**
 * The form kit as people meet it: every problem shown at once (the browser checks the
 * server's own schema, in the server's words), what was typed kept after an error — the
 * browser's and the server's — server errors on the right field (also inside a list of
 * rows), searchable pickers, national phone numbers, and a form that still works with
 * JavaScript switched off.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { SERVER_ONLY_SHIM, TSX_CLI } from "../../scripts/db/tasks";
import { e2eConfig } from "../../scripts/db/e2e";
import { REPO_ROOT } from "../../scripts/db/pg-url";
import {
  DEMO,
  STRONG_PASSWORD,
  expect,
  newPerson,
  pickOption,
  baseUrl,
  signInFast,
  test,
  uniqueEmail,
} from "./helpers";

const LABELS = ["settings", "phone", "password", "quiet", "nojs"] as const;
type Label = (typeof LABELS)[number];
let workspaces: Record<Label, { slug: string; email: string }>;

/**
 * Each journey's own workspace, so no other journey sees its settings change: made by the
 * service a verified sign-up ends in (tests/e2e/forms/workspaces.ts), all at once, rather
 * than through /signup and its e-mail each time — the sign-up form is tested in
 * signup-form.spec.ts and signup.spec.ts.
 */
test.beforeAll(async () => {
  test.setTimeout(90_000);
  const db = e2eConfig();
  const script = path.join(REPO_ROOT, "tests", "e2e", "forms", "workspaces.ts");
  const { stdout } = await promisify(execFile)(process.execPath, [TSX_CLI, ...SERVER_ONLY_SHIM, script, STRONG_PASSWORD, ...LABELS], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_APP_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl, APP_URL: baseUrl(), LOG_LEVEL: "warn" },
  });
  workspaces = JSON.parse(stdout.trim().split("\n").at(-1)!) as typeof workspaces;
});

/** Signs the page in as the admin of the journey's own workspace; its slug. */
async function ownWorkspace(page: Page, label: Label): Promise<string> {
  const { slug, email } = workspaces[label];
  await signInFast(page, email, STRONG_PASSWORD);
  return slug;
}

test("settings: every problem at once, typed values kept, a searchable time zone", async ({ page }) => {
  const slug = await ownWorkspace(page, "settings");
  await page.goto(`/${slug}/admin/settings`);
  const name = page.getByLabel(/^Company name/);
  await name.fill("X");
  await page.getByLabel(/^Currency/).selectOption("EUR");
  await pickOption(page, /^Time zone/, "madr", "Europe/Madrid");
  await page.getByRole("button", { name: "Save settings" }).click();

  // Refused in the browser with the server's message; nothing else was lost.
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/This field is required\./);
  await expect(name).toBeFocused();
  await expect(page.getByLabel(/^Currency/)).toHaveValue("EUR");
  await expect(page.getByRole("button", { name: /^Time zone/ })).toContainText("Europe/Madrid");

  // Fixing the field clears its error as one types; saving keeps every choice.
  await name.fill("Forms Renamed");
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/^Company name/)).toHaveValue("Forms Renamed");
  await expect(page.getByLabel(/^Currency/)).toHaveValue("EUR");
  await expect(page.getByRole("button", { name: /^Time zone/ })).toContainText("Europe/Madrid");
});

test("invite several people at once: row errors together, server errors on their row, nothing lost", async ({
  page,
}) => {
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin/users");
  await page.getByRole("button", { name: "Invite user" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a colleague" });
  // The form loads when the dialog first opens; focus then goes to its first field.
  await expect(dialog.getByRole("group", { name: "Person 1" }).getByLabel(/^Email/)).toBeFocused();
  const first = uniqueEmail("batch-a");
  const second = uniqueEmail("batch-b");

  await dialog.getByRole("button", { name: "Add another person" }).click();
  await expect(dialog.getByRole("group", { name: "Person 2" }).getByLabel(/^Email/)).toBeFocused();
  await dialog.getByRole("button", { name: "Add another person" }).click();
  const rows = [1, 2, 3].map((n) => dialog.getByRole("group", { name: `Person ${n}` }));
  await rows[0]!.getByLabel(/^Email/).fill(first);
  await rows[0]!.getByLabel(/^Full name/).fill("Batch One");
  await rows[1]!.getByLabel(/^Email/).fill("not-an-address");
  await rows[2]!.getByLabel(/^Email/).fill(first.toUpperCase());
  await rows[2]!.getByLabel(/^Full name/).fill("Batch Three");
  await dialog.getByRole("button", { name: "Send 3 invitations" }).click();

  // All of them at once: a bad address, a missing name, the same address twice.
  await expect(rows[1]!.getByLabel(/^Email/)).toHaveAccessibleDescription(/Enter a valid email address\./);
  await expect(rows[1]!.getByLabel(/^Full name/)).toHaveAccessibleDescription(/This field is required\./);
  await expect(rows[2]!.getByLabel(/^Email/)).toHaveAccessibleDescription(/This address is already in the list\./);
  await expect(rows[0]!.getByLabel(/^Email/)).not.toHaveAttribute("aria-invalid", "true");

  // Row 3 goes; row 2 becomes someone who already has a seat: the server marks that row.
  await rows[2]!.getByRole("button", { name: "Remove person 3" }).click();
  await expect(dialog.getByRole("group", { name: "Person 3" })).toHaveCount(0);
  await rows[1]!.getByLabel(/^Email/).fill(DEMO.acmeManager);
  await rows[1]!.getByLabel(/^Full name/).fill("Already Here");
  await dialog.getByRole("button", { name: "Send 2 invitations" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("This person already has access to this workspace.");
  await expect(rows[1]!.getByLabel(/^Email/)).toHaveAttribute("aria-invalid", "true");
  await expect(rows[1]!.getByLabel(/^Email/)).toHaveAccessibleDescription(/already has access/);
  await expect(rows[1]!.getByLabel(/^Email/)).toBeFocused();
  // All or nothing: the first person was not invited either, and everything typed is still there.
  await expect(rows[0]!.getByLabel(/^Email/)).toHaveValue(first);
  await expect(rows[0]!.getByLabel(/^Full name/)).toHaveValue("Batch One");
  await expect(rows[1]!.getByLabel(/^Full name/)).toHaveValue("Already Here");

  await rows[1]!.getByLabel(/^Email/).fill(second);
  await rows[1]!.getByLabel(/^Role/).selectOption({ label: "Finance" });
  await dialog.getByRole("button", { name: "Send 2 invitations" }).click();
  await expect(dialog.getByText("2 invitations sent")).toBeVisible();
  await expect(dialog.getByText(`We've emailed ${first} and ${second}.`)).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("row").filter({ hasText: first })).toContainText("Sales rep");
  await expect(page.getByRole("row").filter({ hasText: second })).toContainText("Finance");
});

test("profile: a national phone number with its country, every error at once", async ({ page }) => {
  const slug = await ownWorkspace(page, "phone");
  await page.goto(`/${slug}/admin/profile`);
  const name = page.getByLabel(/^Full name/);
  const phone = page.getByLabel(/^Mobile phone/);
  await name.fill("");
  await pickOption(page, "Country of the number", "spa", /^Spain/);
  await phone.fill("12345");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(name).toHaveAccessibleDescription(/This field is required\./);
  await expect(phone).toHaveAccessibleDescription(/Enter a mobile number that is valid in the chosen country\./);
  await expect(phone).toHaveValue("12345");

  // Typed the Spanish way, stored as +34…, shown back nationally.
  const national = `6${String(Date.now()).slice(-8)}`;
  await name.fill("Fran Phone");
  await phone.fill(national);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your details were saved.")).toBeVisible();
  await page.goto(`/${slug}/admin/profile/notifications`);
  const grouped = `+34 ${national.slice(0, 3)} ${national.slice(3, 5)} ${national.slice(5, 7)} ${national.slice(7)}`;
  await expect(page.getByText(grouped)).toBeVisible();

  // A number typed with + moves the picker to its country.
  await page.goto(`/${slug}/admin/profile`);
  await expect(page.getByRole("button", { name: "Country of the number" })).toContainText("Spain");
  await phone.fill("+44 7400 123456");
  await phone.blur();
  await expect(page.getByRole("button", { name: "Country of the number" })).toContainText("United Kingdom");
  await expect(phone).toHaveValue("07400 123456");
});

test("password: a wrong current password is marked on its field; the other fields keep their text", async ({
  page,
}) => {
  const slug = await ownWorkspace(page, "password");
  await page.goto(`/${slug}/admin/profile`);
  const current = page.getByLabel(/^Current password/);
  const fresh = page.getByLabel(/^New password/);
  const again = page.getByLabel(/^Repeat the new password/);

  await fresh.fill("short");
  await again.fill("different");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(current).toHaveAccessibleDescription(/This field is required\./);
  await expect(fresh).toHaveAccessibleDescription(/Use at least 10 characters\./);
  await expect(again).toHaveAccessibleDescription(/The passwords don't match\./);

  await current.fill("not-my-password-1");
  await fresh.fill("Granite-Orchid-Violin-73");
  await again.fill("Granite-Orchid-Violin-73");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(current).toHaveAccessibleDescription(/The current password is incorrect\./);
  await expect(fresh).toHaveValue("Granite-Orchid-Violin-73");
  await expect(again).toHaveValue("Granite-Orchid-Violin-73");
});

test("quiet hours: both problems at once, times kept while switched off", async ({ page }) => {
  const slug = await ownWorkspace(page, "quiet");
  await page.goto(`/${slug}/admin/profile/notifications`);
  await page.getByRole("radio", { name: /Set quiet hours/ }).check();
  await page.getByLabel(/^From/).fill("23:00");
  await page.getByLabel(/^Until/).fill("23:00");
  await page.getByRole("button", { name: "Save quiet hours" }).click();
  await expect(page.getByLabel(/^Until/)).toHaveAccessibleDescription(/Start and end must differ\./);

  await page.getByRole("radio", { name: /No quiet hours/ }).check();
  await page.getByRole("radio", { name: /Set quiet hours/ }).check();
  await expect(page.getByLabel(/^From/)).toHaveValue("23:00");
  await page.getByLabel(/^Until/).fill("06:30");
  await pickOption(page, /^Time zone/, "lima", "America/Lima");
  await page.getByRole("button", { name: "Save quiet hours" }).click();
  await expect(page.getByText("Quiet hours saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/^Until/)).toHaveValue("06:30");
  await expect(page.getByRole("button", { name: /^Time zone/ })).toContainText("America/Lima");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a form still posts to its server action and comes back with the errors and the typed values", async ({
    page,
    browser,
  }) => {
    // Signed in where JavaScript runs; the session's cookies then move to the script-less page.
    const setup = await newPerson(browser, { javaScriptEnabled: true });
    const slug = await ownWorkspace(await setup.newPage(), "nojs");
    await page.context().addCookies(await setup.cookies());
    await setup.close();

    await page.goto(`/${slug}/admin/settings`);
    await page.getByLabel(/^Company name/).fill("Y");
    await page.getByLabel(/^Currency/).selectOption("GBP");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please correct the highlighted fields.");
    await expect(page.getByLabel(/^Company name/)).toHaveValue("Y");
    await expect(page.getByLabel(/^Company name/)).toHaveAccessibleDescription(/This field is required\./);
    await expect(page.getByLabel(/^Currency/)).toHaveValue("GBP");

    await page.getByLabel(/^Company name/).fill("Posted Without Script");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await page.goto(`/${slug}/admin/settings`);
    await expect(page.getByLabel(/^Company name/)).toHaveValue("Posted Without Script");
    await expect(page.getByLabel(/^Currency/)).toHaveValue("GBP");
  });
});
