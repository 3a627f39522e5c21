/**
 * The first-run checklist (lib/tenancy/setup.ts) is read from the data, so it can be
 * trusted: each step is done when the thing it asks for exists — whoever did it, from
 * whichever page — and undone when it does not. Only putting the list away is stored.
 */
import { describe, expect, it } from "vitest";
import { updateNotificationPreferences } from "@/lib/notify/service";
import { createPartner } from "@/lib/partners/service";
import { dismissSetupChecklist, getSetupChecklist } from "@/lib/tenancy/setup";
import { updateBrand } from "@/lib/branding/service";
import { updateTenantSettings } from "@/lib/tenancy/service";
import { deactivateMember, inviteVendorUser } from "@/lib/users/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createTestTenant, uniqueEmail } from "@/tests/fixtures/factories";

const doneSteps = async (ctx: Parameters<typeof getSetupChecklist>[0]) =>
  (await getSetupChecklist(ctx)).steps.filter((step) => step.done).map((step) => step.id);

describe("setup checklist", () => {
  it("a new workspace has every step to do", async () => {
    const admin = await createTestTenant();
    expect(await getSetupChecklist(admin)).toEqual({
      steps: [
        { id: "brand", done: false },
        { id: "partner", done: false },
        { id: "colleague", done: false },
        { id: "notifications", done: false },
      ],
      done: 0,
      complete: false,
      dismissed: false,
    });
  });

  it("each step follows the data: settings saved, a partner, a colleague invited (by anyone), alert choices saved", async () => {
    const admin = await createTestTenant();
    await updateTenantSettings(admin, { name: admin.tenant.name, defaultLocale: "en", currency: "EUR", timeZone: "Europe/Madrid" });
    expect(await doneSteps(admin)).toEqual(["brand"]);

    // A partner created by a colleague counts for the admin's list too.
    const manager = await addVendorUser(admin, "CHANNEL_MANAGER");
    expect(await doneSteps(admin)).toEqual(["brand", "colleague"]);
    await createPartner(manager, { name: "First Partner", type: "VAR", country: null });
    expect(await doneSteps(admin)).toEqual(["brand", "partner", "colleague"]);

    await updateNotificationPreferences(admin, { events: [{ type: "partner.created", email: true, sms: false, inApp: true }] });
    expect(await getSetupChecklist(admin)).toMatchObject({ done: 4, complete: true });
    // The notifications step is the person's own: the manager has not chosen yet.
    expect(await doneSteps(await addVendorUser(admin, "TENANT_ADMIN"))).toEqual(["brand", "partner", "colleague"]);
  });

  it("a step undone in the data is undone in the list (no stored tick can lie)", async () => {
    const admin = await createTestTenant();
    const invited = await inviteVendorUser(admin, { email: uniqueEmail("colleague"), name: "Col League", role: "FINANCE" });
    expect(await doneSteps(admin)).toEqual(["colleague"]);
    await deactivateMember(admin, { membershipId: invited.id });
    expect(await doneSteps(admin)).toEqual([]);
  });

  it("a brand colour counts as the brand step", async () => {
    const admin = await createTestTenant();
    await updateBrand(admin, { brandColor: "#0f766e", logoFileId: null });
    expect(await doneSteps(admin)).toEqual(["brand"]);
  });

  it("dismissing puts it away for the workspace (audited once), and is for tenant.manage holders only", async () => {
    const admin = await createTestTenant();
    const manager = await addVendorUser(admin, "CHANNEL_MANAGER");
    await rejectsWith(getSetupChecklist(manager), "FORBIDDEN");
    await rejectsWith(dismissSetupChecklist(manager), "FORBIDDEN");
    await dismissSetupChecklist(admin);
    await dismissSetupChecklist(admin);
    expect(await getSetupChecklist(admin)).toMatchObject({ dismissed: true, complete: false });
    const audit = await ownerQuery(`SELECT action FROM "AuditLog" WHERE "tenantId" = $1 AND action = 'tenant.setupDismissed'`, [admin.tenantId]);
    expect(audit).toHaveLength(1);
  });
});
