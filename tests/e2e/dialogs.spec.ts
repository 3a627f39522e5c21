/**
 * The dialogs that hold one form share one shell (components/forms/dialog-shell.tsx): each
 * opens from its button with its form, closes with Escape, and opens again with a FRESH form
 * (what was typed before is gone, the loaded values are back). Checked on the screens that
 * use it and no other journey opens.
 */
import { DEMO, expect, signInFast, test } from "./helpers";

const DIALOGS = [
  { path: "/acme/admin/accounts", button: "New account", title: "New account", field: /^Company name/ },
  { path: "/acme/admin/deals/pipeline", button: "New direct deal", title: "New direct deal", field: /^Deal name/ },
  { path: "/acme/admin/deals/settings", button: "New stage", title: "New stage", field: /^Name/ },
  { path: "/acme/admin/leads/rules", button: "New rule", title: "New distribution rule", field: /^Name/ },
  { path: "/acme/portal/company", button: "Edit details", title: "Edit company details", field: /^Legal name/, as: DEMO.northwindAdmin },
  { path: "/acme/portal/company", button: "Add contact", title: "Add a contact", field: /^Name/, as: DEMO.northwindAdmin },
  { path: "/acme/admin/territories", button: "New territory", title: "New territory", field: /^Name/ },
  { path: "/acme/admin/programs", button: "New program", title: "New program", field: /^Name/ },
  // one "Rename (brand)" per brand: the first; its form opens with the brand's name again
  { path: "/acme/admin/catalog/brands", button: /^Rename \(/, title: "Rename brand", field: /^Brand name/ },
] as const;

for (const dialogCase of DIALOGS) {
  const { path, button, title, field } = dialogCase;
  test(`"${String(button)}" opens its form, closes with Escape and opens again with a fresh form`, async ({ page }) => {
    await signInFast(page, "as" in dialogCase ? dialogCase.as : DEMO.acmeAdmin);
    await page.goto(path);
    const trigger = page.getByRole("button", { name: button, exact: typeof button === "string" }).first();
    await trigger.click();
    const dialog = page.getByRole("dialog", { name: title });
    const loaded = await dialog.getByLabel(field).inputValue();
    await dialog.getByLabel(field).fill("Typed before closing");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await trigger.click();
    await expect(dialog.getByLabel(field)).toHaveValue(loaded);
  });
}
