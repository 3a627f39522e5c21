/**
 * The dialogs that hold one form share one shell (components/forms/dialog-shell.tsx): each
 * opens from its button with its form, closes with Escape, and opens again with a FRESH form
 * (what was typed before is gone). Checked on every screen that uses it and no other journey
 * opens.
 */
import { DEMO, expect, signInFast, test } from "./helpers";

const DIALOGS = [
  { path: "/acme/admin/accounts", button: "New account", title: "New account", field: /^Company name/ },
  { path: "/acme/admin/deals/pipeline", button: "New direct deal", title: "New direct deal", field: /^Deal name/ },
  { path: "/acme/admin/deals/settings", button: "New stage", title: "New stage", field: /^Name/ },
  { path: "/acme/admin/leads/rules", button: "New rule", title: "New distribution rule", field: /^Name/ },
] as const;

for (const { path, button, title, field } of DIALOGS) {
  test(`"${button}" opens its form, closes with Escape and opens again with a fresh form`, async ({ page }) => {
    await signInFast(page, DEMO.acmeAdmin);
    await page.goto(path);
    const trigger = page.getByRole("button", { name: button, exact: true });
    await trigger.click();
    const dialog = page.getByRole("dialog", { name: title });
    await dialog.getByLabel(field).fill("Typed before closing");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await trigger.click();
    await expect(dialog.getByLabel(field)).toHaveValue("");
  });
}
