/**
 * The isolation suite's own data, made fresh for every run with the real services (the
 * factories of tests/fixtures): no other journey touches it, so "no row changed" can be
 * checked on every table while other spec files run beside it.
 *
 *   tenant A: one vendor user per vendor role of lib/auth/permissions.ts, plus targets
 *             (an active, a deactivated and an invited member)
 *     partner P1: one portal user per partner role, plus a target portal seat
 *     partner P2: its admin ("another partner")
 *     a pending partner application (the queue's decisions aim at it)
 *   tenant B: its admin ("another tenant")
 *
 * Run by isolation.spec.ts as `tsx --import <server-only shim> world.ts` with the e2e
 * database URLs; prints the world as JSON on its last line of output. It waits until the
 * alerts worker has settled everything the set-up published (invitations, in-app
 * notifications), so the run starts from rows nothing else will change.
 */
import { randomBytes } from "node:crypto";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { todayIn } from "@/lib/activities/dates";
import { logActivitySchema } from "@/lib/activities/schema";
import { logActivity } from "@/lib/activities/service";
import { PARTNER_ROLE_LIST, VENDOR_ROLE_LIST } from "@/lib/auth/permissions";
import { createPartnerContact } from "@/lib/partners/contacts";
import { contactSchema } from "@/lib/partners/profile-schema";
import { applicationFormSchema } from "@/lib/applications/schema";
import { submitApplication } from "@/lib/applications/service";
import { addContact, createAccount } from "@/lib/accounts/service";
import { createAccountSchema } from "@/lib/accounts/schema";
import { updateBrand } from "@/lib/branding/service";
import { addProductImage } from "@/lib/catalog/media";
import { changeProductStatusSchema, createProductSchema } from "@/lib/catalog/schema";
import { changeProductStatus, createProduct } from "@/lib/catalog/service";
import { createBrand, createFamily } from "@/lib/catalog/taxonomy";
import { saveDraft } from "@/lib/orders/drafts";
import { draftSchema } from "@/lib/orders/schema";
import { submitOrder } from "@/lib/orders/submit";
import { allocateOrder } from "@/lib/orders/allocation";
import { createWarehouse, receiveStock } from "@/lib/orders/inventory";
import { getOrder } from "@/lib/orders/read";
import { shipOrder } from "@/lib/orders/shipping";
import { issueCreditNote } from "@/lib/invoicing/credit-notes";
import { recordPayment } from "@/lib/invoicing/payments";
import { creditNoteSchema, recordPaymentSchema, taxRateSchema } from "@/lib/invoicing/schema";
import { saveTaxRate } from "@/lib/invoicing/settings";
import { seedIsolationWarranties } from "@/tests/fixtures/warranties";
import { seedCoopWorld } from "@/tests/fixtures/coop";
import { receiptSchema, shipmentSchema, warehouseSchema } from "@/lib/orders/schema";
import { saveConfiguration } from "@/lib/configurator/saved";
import { saveConfigurationSchema } from "@/lib/configurator/schema";
import { publishPriceList } from "@/lib/pricing/publish";
import { createPriceListSchema, priceEntrySchema, publishPriceListSchema } from "@/lib/pricing/schema";
import { createPriceList, setPriceEntry } from "@/lib/pricing/service";
import { uploadVendorFile } from "@/lib/files/service";
import { createPartner, deactivatePartnerUser, invitePartnerUser } from "@/lib/partners/service";
import { addRule, addTerritoryOwner, assignTerritoryPartner, createTerritory } from "@/lib/territories/service";
import { requestExtension } from "@/lib/deals/extensions";
import { approveRegistration } from "@/lib/deals/review";
import { createStage, listStages } from "@/lib/deals/stages";
import { register } from "@/tests/fixtures/deals";
import { encodePng, rgb } from "@/scripts/assets/png";
import { deactivateMember, inviteVendorUser } from "@/lib/users/service";
import { buildConfigurator } from "@/tests/fixtures/configurator-db";
import { ownerQuery } from "@/tests/fixtures/db";
import {
  addVendorUser,
  createPartnerWithUser,
  createTestTenant,
  partnerCtxFor,
  strongPassword,
  uniqueEmail,
} from "@/tests/fixtures/factories";
import { seedProgramWorld } from "@/tests/fixtures/programs";
import { addLeadRule, enterLead } from "@/tests/fixtures/leads";
import { acceptLead } from "@/lib/leads/service";
import { changePartnerStatus } from "@/lib/partners/lifecycle";
import { PREVIEW_VENDOR_ROLE, type Login, type VisitorKey, type World } from "./model";
import { saveViewSchema } from "@/lib/lists/saved-view-schema";
import { saveQueueView } from "@/lib/orders/views";

const tag = randomBytes(3).toString("hex");

async function membershipOf(ctx: VendorCtx): Promise<string> {
  const [row] = await ownerQuery<{ id: string }>(
    `SELECT id FROM "Membership" WHERE "tenantId" = $1 AND "userId" = $2`,
    [ctx.tenantId, ctx.user.id],
  );
  return row!.id;
}

async function seatOf(ctx: PartnerCtx): Promise<string> {
  const [row] = await ownerQuery<{ id: string }>(
    `SELECT id FROM "PartnerUser" WHERE "tenantId" = $1 AND "userId" = $2`,
    [ctx.tenantId, ctx.user.id],
  );
  return row!.id;
}

/** Polls until `check` is true (the worker runs beside the database in e2e). */
async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`isolation world: timed out waiting for ${what}`);
}

async function main(): Promise<World> {
  const logins = {} as Record<Exclude<VisitorKey, "anonymous">, Login>;
  // Independent steps run side by side: password hashing dominates, and it is parallel.
  const [aPassword, bPassword, shopPassword] = [strongPassword(), strongPassword(), strongPassword()];
  const [a, b, ownShop] = await Promise.all([
    createTestTenant({ tenantName: `Isolation A ${tag}`, password: aPassword }),
    createTestTenant({ tenantName: `Isolation B ${tag}`, password: bPassword }),
    createTestTenant({ tenantName: `Own Shop ${tag}`, password: shopPassword }),
  ]);
  logins.otherTenant = { email: b.user.email, password: bPassword, userId: b.user.id };
  logins[`vendor:${a.role}`] = { email: a.user.email, password: aPassword, userId: a.user.id };
  const tenantIds = [a.tenantId, b.tenantId, ownShop.tenantId];

  // One login per vendor role (the workspace's creator holds the first), and the targets
  // of the back-office actions: a member to change or switch off, one switched off
  // already, one still invited.
  const vendorRoles = VENDOR_ROLE_LIST.filter((role) => role !== a.role);
  const [vendors, target, parked, invited, p1] = await Promise.all([
    Promise.all(
      vendorRoles.map(async (role) => {
        const password = strongPassword();
        const ctx = await addVendorUser(a, role, { password, name: `Vera ${role} ${tag}` });
        return [role, { email: ctx.user.email, password, userId: ctx.user.id }] as const;
      }),
    ),
    addVendorUser(a, "SALES_REP", { name: `Tara Target ${tag}` }),
    addVendorUser(a, "SALES_REP", { name: `Pat Parked ${tag}` }),
    inviteVendorUser(a, { email: uniqueEmail("iso-invited"), name: `Ivo Invited ${tag}`, role: "FINANCE" }),
    createPartner(a, { name: `Partner One ${tag}`, type: "DISTRIBUTOR", country: "US" }),
  ]);
  for (const [role, login] of vendors) logins[`vendor:${role}`] = login;
  // The previewing visitor is that channel manager, in a session of its own (isolation.spec.ts starts the preview).
  logins.preview = logins[`vendor:${PREVIEW_VENDOR_ROLE}`];
  await deactivateMember(a, { membershipId: await membershipOf(parked) });

  // One login per partner role in P1. The first already has a login (the admin of a
  // workspace of their own), so the portal seat is theirs at once and "you now have
  // access" lands in their bell in A: a partner user's notification to aim at.
  const p2Password = strongPassword();
  const [partners, portalTarget, portalParked, portalInvited, p2Admin] = await Promise.all([
    Promise.all(
      PARTNER_ROLE_LIST.map(async (role, index) => {
        const password = index === 0 ? shopPassword : strongPassword();
        const ctx = await createPartnerWithUser(a, role, {
          partnerId: p1.id,
          password,
          name: `Paula ${role} ${tag}`,
          ...(index === 0 ? { email: ownShop.user.email } : {}),
        });
        return [role, { email: ctx.user.email, password, userId: ctx.user.id }] as const;
      }),
    ),
    createPartnerWithUser(a, "PARTNER_USER", { partnerId: p1.id, name: `Tom Target ${tag}` }),
    createPartnerWithUser(a, "PARTNER_USER", { partnerId: p1.id, name: `Pia Parked ${tag}` }),
    invitePartnerUser(a, {
      partnerId: p1.id,
      email: uniqueEmail("iso-portal-invited"),
      name: `Ines Invited ${tag}`,
      role: "PARTNER_USER",
    }),
    createPartnerWithUser(a, "PARTNER_ADMIN", {
      partnerName: `Partner Two ${tag}`,
      password: p2Password,
      name: `Otto Other ${tag}`,
    }),
  ]);
  for (const [role, login] of partners) logins[`partner:${role}`] = login;
  await deactivatePartnerUser(a, { partnerUserId: await seatOf(portalParked) });
  logins.otherPartner = { email: p2Admin.user.email, password: p2Password, userId: p2Admin.user.id };
  const programs = await seedProgramWorld(a, await partnerCtxFor(a.tenantId, logins["partner:PARTNER_ADMIN"].email));

  // Partner 360 targets: P1's contact, an internal note and a shared task for P1's portal user.
  const partnerContact = await createPartnerContact(a, {
    ...contactSchema.parse({ name: `Cora Contact ${tag}`, role: "", email: "", phone: "", primary: true }),
    partnerId: p1.id,
  });
  const activities = { internalTitle: `Internal note ${tag}`, sharedTitle: `Shared task ${tag}` };
  const today = todayIn(a.tenant.timeZone);
  const base = { subjectType: "PARTNER", subjectId: p1.id, body: "", occurredOn: today, reminder: "none" } as const;
  await logActivity(a, logActivitySchema.parse({ ...base, kind: "NOTE", visibility: "INTERNAL", title: activities.internalTitle, dueOn: "", assignee: "" }));
  const portalUser = partners.find(([role]) => role === "PARTNER_USER")![1];
  const [portalUserSeat] = await ownerQuery<{ id: string }>(
    `SELECT id FROM "PartnerUser" WHERE "tenantId" = $1 AND "userId" = $2`,
    [a.tenantId, portalUser.userId],
  );
  const task = await logActivity(
    a,
    logActivitySchema.parse({
      ...base,
      kind: "TASK",
      visibility: "SHARED",
      title: activities.sharedTitle,
      dueOn: today,
      assignee: `p:${portalUserSeat!.id}`,
    }),
  );
  // A company's pending application to A, from the public page's service.
  const applicant = applicationFormSchema.parse({
    tenant: a.tenant.slug,
    locale: "en",
    companyName: `Applicant ${tag}`,
    taxId: `ISO-${tag}`,
    partnerType: "VAR",
    country: "ES",
    contactName: `Ada Applicant ${tag}`,
    contactEmail: uniqueEmail("iso-applicant"),
    expectedVolume: "1000",
    currency: "EUR",
  });
  await submitApplication({ requestId: "isolation", ip: `192.0.2.${Math.floor(Math.random() * 250) + 1}` }, applicant);
  const [application] = await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerApplication" WHERE "tenantId" = $1`, [a.tenantId]);
  // Territories and accounts: a territory with a rule, an owner rep and P1; P1's account
  // with a contact; P2's account of the same customer, so a conflict is open.
  const { id: territoryId } = await createTerritory(a, { name: `Iso Territory ${tag}`, description: null, parentId: null });
  const rule = await addRule(a, { territoryId, country: "MX", region: null, postalPrefix: null, industry: null, priority: 0 });
  const ownerMembershipId = await membershipOf(target);
  await addTerritoryOwner(a, { territoryId, membershipId: ownerMembershipId });
  await assignTerritoryPartner(a, { territoryId, partnerId: p1.id });
  const account = await createAccount(a, createAccountSchema.parse({ name: `Iso Customer ${tag} S.A.`, country: "MX", partnerId: p1.id }));
  const contact = await addContact(a, { accountId: account.id, name: `Iso Contact ${tag}`, email: null, phone: null, title: null });
  const rival = await createAccount(a, createAccountSchema.parse({ name: `Iso Customer ${tag}`, country: "MX", partnerId: p2Admin.partnerId }));
  const [conflict] = await ownerQuery<{ id: string }>(`SELECT id FROM "ChannelConflict" WHERE "accountId" = $1`, [rival.id]);
  if (!conflict) throw new Error("isolation world: expected a channel conflict");
  // Deals: P1's registration waiting for review (and P2's of the same customer), one approved
  // with its deal, one approved with an extension asked; a stage no deal is in.
  const p1Admin = await partnerCtxFor(a.tenantId, partners.find(([role]) => role === "PARTNER_ADMIN")![1].email);
  const waiting = await register(p1Admin, { customerName: `Iso Deal ${tag}` });
  await register(p2Admin, { customerName: `Iso Deal ${tag}` });
  const protectedRegistration = await register(p1Admin, { customerName: `Iso Won ${tag}` });
  const { opportunityId } = await approveRegistration(a, { registrationId: protectedRegistration.id, version: 0, protectionDays: 90, reason: "" });
  const extended = await register(p1Admin, { customerName: `Iso Extended ${tag}` });
  await approveRegistration(a, { registrationId: extended.id, version: 0, protectionDays: 30, reason: "" });
  const extension = await requestExtension(p1Admin, { registrationId: extended.id, days: 30, reason: "Isolation world" });
  const spareStage = await createStage(a, { name: `Iso Stage ${tag}`, probability: 50, criteria: [] });
  const stages = await listStages(a);
  // Leads: P1 made ACTIVE (rules pick only active partners) holds one lead it accepted and
  // one still offered to it; a rule of A's.
  await changePartnerStatus(a, { partnerId: p1.id, from: "ONBOARDING", to: "ACTIVE", reason: "Isolation world" });
  const leadRule = await addLeadRule(a, { name: `Iso Rule ${tag}` });
  const acceptedLead = await enterLead(a, { company: `Iso Lead ${tag}` });
  await acceptLead(p1Admin, { leadId: acceptedLead.id });
  const offeredLead = await enterLead(a, { company: `Iso Offer ${tag}` });

  await until("the alerts worker to settle the set-up's events and messages", async () => {
    const [row] = await ownerQuery<{ pending: number; queued: number }>(
      `SELECT (SELECT count(*)::int FROM "OutboxEvent" WHERE "tenantId" = ANY($1) AND "expandedAt" IS NULL) AS pending,
              (SELECT count(*)::int FROM "Delivery" WHERE "tenantId" = ANY($1) AND status IN ('QUEUED', 'SENDING')) AS queued`,
      [tenantIds],
    );
    return row!.pending === 0 && row!.queued === 0;
  });

  const notificationOf = async (userId: string) =>
    (
      await ownerQuery<{ id: string }>(
        `SELECT id FROM "Notification" WHERE "userId" = $1 AND "tenantId" = $2 AND "readAt" IS NULL ORDER BY "createdAt" LIMIT 1`,
        [userId, a.tenantId],
      )
    )[0]?.id;
  const owners = {
    vendorNotification: `vendor:${a.role}`,
    savedView: `vendor:${a.role}`,
    partnerNotification: `partner:${PARTNER_ROLE_LIST[0]!}`,
  } as const;
  const vendorNotificationId = await notificationOf(logins[owners.vendorNotification].userId);
  const partnerNotificationId = await notificationOf(logins[owners.partnerNotification].userId);
  if (!vendorNotificationId || !partnerNotificationId)
    throw new Error("isolation world: expected in-app notifications");

  // A delivery the tenant admin could retry: the worker leaves DEAD rows alone.
  const [dead] = await ownerQuery<{ id: string }>(
    `UPDATE "Delivery" SET status = 'DEAD', "lastError" = 'isolation world'
      WHERE id = (SELECT id FROM "Delivery" WHERE "tenantId" = $1 ORDER BY "createdAt" LIMIT 1) RETURNING id`,
    [a.tenantId],
  );

  // A logo for A: the file every reader of A may download (the [fileId] of the files routes).
  const logoBytes = encodePng(8, 8, () => rgb("#0f766e"));
  const logo = await uploadVendorFile(a, {
    purpose: "tenant.logo",
    name: "logo.png",
    declaredSize: logoBytes.length,
    body: new Blob([new Uint8Array(logoBytes)]).stream(),
  });
  await updateBrand(a, { brandColor: "#0f766e", logoFileId: logo.id });

  // Catalog and prices: a brand, a family, an active product with a picture (and a spare
  // uploaded picture for the "add picture" action), and P1's published customised list.
  const brand = await createBrand(a, { name: `Iso Brand ${tag}` });
  const family = await createFamily(a, { nameEn: `Iso Family ${tag}`, nameEs: `Iso Familia ${tag}` });
  const sku = `ISO-${tag}`.toUpperCase();
  const product = await createProduct(
    a,
    createProductSchema.parse({ sku, nameEn: `Iso Router ${tag}`, nameEs: `Iso Enrutador ${tag}`, unit: "EACH", packSize: "1", brandId: brand.id, familyId: family.id, configurable: "on" }),
  );
  await changeProductStatus(a, changeProductStatusSchema.parse({ productId: product.id, from: "DRAFT", to: "ACTIVE" }));
  const picture = async () =>
    uploadVendorFile(a, { purpose: "product.image", name: "router.png", declaredSize: logoBytes.length, body: new Blob([new Uint8Array(logoBytes)]).stream() });
  const image = await picture();
  const { imageId } = await addProductImage(a, { productId: product.id, fileId: image.id });
  const spareImage = await picture();
  const list = await createPriceList(
    a,
    createPriceListSchema.parse({ name: `Iso Prices ${tag}`, target: "PARTNER", partnerId: p1.id, currency: "USD", validFrom: "2020-01-01" }),
  );
  const { entryId } = await setPriceEntry(a, priceEntrySchema.parse({ listId: list.id, version: "0", sku, minQuantity: "1", method: "PRICE", value: "42.50" }));
  await publishPriceList(a, publishPriceListSchema.parse({ listId: list.id, version: "1" }));
  const [version] = await ownerQuery<{ id: string }>(`SELECT id FROM "PriceListVersion" WHERE "listId" = $1`, [list.id]);
  // Orders: P1's cart, and one P1 submitted (a standard order: approved at once).
  const shipTo = { name: `Iso Customer ${tag}`, line1: "1 Calle Mayor", city: "Madrid", country: "ES" };
  const cart = await saveDraft(p1Admin, draftSchema.parse({ currency: "USD", shipTo, lines: [{ productId: product.id, quantity: 2 }] }));
  const placed = await saveDraft(p1Admin, draftSchema.parse({ currency: "USD", shipTo, lines: [{ productId: product.id, quantity: 1 }] }));
  await submitOrder(p1Admin, { orderId: placed.id, version: placed.version, idempotencyKey: `isolation-${tag}` });
  // …and one allocated and shipped: its shipment's invoice (the [invoiceId] of the invoice routes).
  const billed = await saveDraft(p1Admin, draftSchema.parse({ currency: "USD", shipTo, lines: [{ productId: product.id, quantity: 1 }] }));
  const billedSubmitted = await submitOrder(p1Admin, { orderId: billed.id, version: billed.version, idempotencyKey: `isolation-billed-${tag}` });
  const warehouse = await createWarehouse(a, warehouseSchema.parse({ code: `ISO-${tag}`.toUpperCase().slice(0, 20), name: "Iso warehouse" }));
  await receiveStock(a, receiptSchema.parse({ productId: product.id, warehouseId: warehouse.id, quantity: 5, reference: "ISO" }));
  const allocated = await allocateOrder(a, { orderId: billed.id, version: billedSubmitted.version });
  const billedLine = (await getOrder(a, billed.id)).lines[0]!;
  const shipped = await shipOrder(a, shipmentSchema.parse({ orderId: billed.id, version: allocated.version, carrier: "Iso Express", lines: [{ orderLineId: billedLine.id, quantity: 1 }] }));
  const [invoice] = await ownerQuery<{ id: string }>(`SELECT id FROM "Invoice" WHERE "shipmentId" = $1`, [shipped.shipmentId]);
  const [invoiceLine] = await ownerQuery<{ id: string }>(`SELECT id FROM "InvoiceLine" WHERE "invoiceId" = $1`, [invoice!.id]);
  // Invoicing: a tax rate, and a payment of P1's not applied yet (its credit).
  const taxRate = await saveTaxRate(a, taxRateSchema.parse({ country: "PT", region: "", name: `Iso VAT ${tag}`, rate: "23" }));
  const credit = await recordPayment(a, recordPaymentSchema.parse({ partnerId: p1.id, currency: "USD", amount: "5.00", receivedOn: todayIn("UTC"), method: "BANK_TRANSFER", reference: `ISO-${tag}`, idempotencyKey: `isolation-credit-${tag}` }));
  // a credit note on P1's account (no invoice): credit finance may apply to P1's invoices
  const creditNote = await issueCreditNote(a, creditNoteSchema.parse({ partnerId: p1.id, currency: "USD", reason: `Isolation credit ${tag}`, amount: "5.00" }));
  // A's admin's saved view of the order queue (a person's own: every other visitor gets NOT_FOUND)
  const view = await saveQueueView(a, saveViewSchema.parse({ name: `Iso view ${tag}`, query: "status=APPROVED" }));
  // Warranties: P1's registered unit, its standard policy and P1's claim on it.
  const warranty = await seedIsolationWarranties(a, p1Admin);
  // Co-op: an MDF program, P1's fund, P1's proposed request and submitted claim.
  const coop = await seedCoopWorld(a, p1Admin);

  // The product is configurable: two groups, a rule, and P1's saved configuration of it;
  // a second product for the bundle action to name.
  const part = await createProduct(a, createProductSchema.parse({ sku: `ISO-PART-${tag}`.toUpperCase(), nameEn: `Iso Part ${tag}`, nameEs: `Iso Pieza ${tag}`, unit: "EACH", packSize: "1" }));
  const configurator = await buildConfigurator(a, product.id, [["cpu", "ONE", { required: true }, [["a", "1.00"], ["b", "2.00"]]], ["extras", "MANY", {}, [["c", "3.00"]]]], [["REQUIRES", "c", "a"]]);
  const [configRule] = await ownerQuery<{ id: string }>(`SELECT id FROM "ConfigRule" WHERE "productId" = $1`, [product.id]);
  const p1Portal = await partnerCtxFor(a.tenantId, logins["partner:PARTNER_ADMIN"].email);
  const saved = await saveConfiguration(p1Portal, saveConfigurationSchema.parse({ productId: product.id, name: `Iso configuration ${tag}`, quantity: "1", selection: { [configurator.options.get("a")!]: 1 } }));

  const userIds = [
    ...Object.values(logins).map((login) => login.userId),
    target.user.id,
    parked.user.id,
    invited.userId,
    portalTarget.user.id,
    portalParked.user.id,
    portalInvited.userId,
  ];
  return {
    tag,
    tenant: { id: a.tenantId, slug: a.tenant.slug, name: a.tenant.name },
    otherTenant: { id: b.tenantId, slug: b.tenant.slug, name: b.tenant.name },
    partner: { id: p1.id, name: p1.name },
    otherPartner: { id: p2Admin.partnerId, name: p2Admin.partner.name },
    logins,
    objects: {
      membershipId: await membershipOf(target),
      deactivatedMembershipId: await membershipOf(parked),
      invitedMembershipId: invited.id,
      partnerUserId: await seatOf(portalTarget),
      deactivatedPartnerUserId: await seatOf(portalParked),
      invitedPartnerUserId: portalInvited.id,
      deadDeliveryId: dead!.id,
      applicationId: application!.id,
      vendorNotificationId,
      partnerNotificationId,
      partnerContactId: partnerContact.id,
      taskId: task.id,
      accountId: account.id,
      contactId: contact.id,
      conflictId: conflict.id,
      territoryId,
      ruleId: rule.id,
      ownerMembershipId,
      logoFileId: logo.id,
      registrationId: waiting.id,
      protectedRegistrationId: protectedRegistration.id,
      opportunityId,
      extensionId: extension.id,
      stageId: spareStage.id,
      lostStageId: stages.find((s) => s.kind === "LOST")!.id,
      criterionId: stages[0]!.criteria[0]!.id,
      leadId: acceptedLead.id,
      offeredLeadId: offeredLead.id,
      leadRuleId: leadRule.id,
      ...programs,
      productId: product.id,
      brandId: brand.id,
      familyId: family.id,
      productImageId: imageId,
      spareImageFileId: spareImage.id,
      priceListId: list.id,
      priceEntryId: entryId,
      priceVersionId: version!.id,
      draftOrderId: cart.id,
      orderId: placed.id,
      invoiceId: invoice!.id,
      invoiceLineId: invoiceLine!.id,
      taxRateId: taxRate.id,
      paymentId: credit.paymentId,
      creditNoteId: creditNote.creditNoteId,
      savedViewId: view.id,
      warrantyPolicyId: warranty.policyId,
      warrantyUnitId: warranty.unitId,
      warrantyClaimId: warranty.claimId,
      coopProgramId: coop.programId,
      coopFundId: coop.fundId,
      coopRequestId: coop.requestId,
      coopClaimId: coop.claimId,
      configVersion: configurator.version,
      optionGroupId: configurator.groups.get("extras")!,
      configOptionIds: [configurator.options.get("a")!, configurator.options.get("b")!, configurator.options.get("c")!],
      configRuleId: configRule!.id,
      partSku: `ISO-PART-${tag}`.toUpperCase(),
      partId: part.id,
      savedConfigurationId: saved.configurationId,
    },
    activities,
    owners,
    scope: { tenantIds, userIds },
  };
}

main().then(
  (world) => {
    console.log(JSON.stringify(world));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
