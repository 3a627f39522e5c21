/**
 * One valid input per server action, aimed at the world's rows: what the rightful user
 * would send, so that a missing guard would change something and the "no row changed"
 * check would see it. Who must be refused is computed (model.ts); only inputs live here.
 *
 * `owner` says whose object the input names: "tenant" (any rightful user of tenant A; the
 * other tenant's admin is also tried in its own workspace with these ids) or one visitor
 * (their own notification: every other rightful visitor is tried too); `strangers` marks
 * an object of nobody among the visitors. A new action without a sample fails the suite
 * until it gets one.
 */
import type { VisitorKey, World } from "./model";

export type Sample = {
  /** form fields (sent as FormData) or an object (sent as a plain object, like the preferences form) */
  input: Record<string, unknown>;
  /** "partner": an object of P1 (its users may act on it; another partner gets NOT_FOUND) */
  owner?: "tenant" | "partner" | VisitorKey;
  /** the input names someone else's object that no visitor owns: everyone who passes the guard gets this code */
  strangers?: string;
};

const noRules = { REVENUE_T12M: "", CERTIFIED_PEOPLE: "", WON_DEALS_T12M: "" };
const quietHours = { quietHoursStart: "22:00", quietHoursEnd: "07:00", timeZone: "Europe/Madrid" };
const preferences = { events: [{ type: "partner.created", email: true, sms: true, inApp: false }] };
/** What a partner admin's preferences page offers (lib/notify/audience.ts). */
const partnerPreferences = { events: [{ type: "invitation.accepted", email: false, sms: false, inApp: true }] };

const profile = {
  legalName: "",
  taxId: "B-00000000",
  website: "intruder.example",
  phone: "+34 600 000 000",
  industry: "",
  addressLine1: "",
  addressLine2: "",
  city: "",
  region: "",
  postalCode: "",
};
const contact = { name: "Ivan Intruder", role: "", email: "", phone: "", primary: "" };
/** A day `days` from today (UTC: the isolation tenants keep the default time zone). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** This month "YYYY-MM" (UTC, like `inDays`): the first month a forecast or commit may name. */
const thisMonth = () => new Date().toISOString().slice(0, 7);
const activity = (partnerId: string) => ({
  subjectType: "PARTNER",
  subjectId: partnerId,
  kind: "NOTE",
  title: "Intruder note",
  body: "",
  occurredOn: new Date().toISOString().slice(0, 10),
  dueOn: "",
  assignee: "",
  reminder: "none",
});

export function samples(world: World): Record<string, Sample> {
  const o = world.objects;
  const newEmail = (label: string) => `${label}.${world.tag}.${Date.now().toString(36)}@isolation.test`;
  return {
    // back office: users
    inviteUserAction: {
      input: { invites: [{ email: newEmail("invitee"), name: "Ian Intruder", role: "TENANT_ADMIN" }] },
    },
    changeRoleAction: { input: { membershipId: o.membershipId, role: "TENANT_ADMIN" }, owner: "tenant" },
    deactivateUserAction: { input: { membershipId: o.membershipId }, owner: "tenant" },
    reactivateUserAction: { input: { membershipId: o.deactivatedMembershipId }, owner: "tenant" },
    resendInvitationAction: { input: { membershipId: o.invitedMembershipId }, owner: "tenant" },
    // back office: settings and partners
    updateSettingsAction: {
      input: { name: "Hijacked Workspace", defaultLocale: "es", currency: "EUR", timeZone: "UTC" },
    },
    updateBrandAction: { input: { brandColor: "#ff0000", logoFileId: "" } },
    createPartnerAction: { input: { name: `Intruder Partner ${world.tag}`, type: "VAR", country: "ES" } },
    invitePartnerUserAction: {
      input: {
        partnerId: world.partner.id,
        invites: [{ email: newEmail("portal"), name: "Ivy Intruder", role: "PARTNER_ADMIN" }],
      },
      owner: "tenant",
    },
    deactivatePartnerUserAction: { input: { partnerUserId: o.partnerUserId }, owner: "tenant" },
    reactivatePartnerUserAction: { input: { partnerUserId: o.deactivatedPartnerUserId }, owner: "tenant" },
    resendPartnerInvitationAction: { input: { partnerUserId: o.invitedPartnerUserId }, owner: "tenant" },
    updatePartnerAccountAction: {
      input: { partnerId: world.partner.id, seatLimit: "1", channelManagerId: "" },
      owner: "tenant",
    },
    startPreviewAction: { input: { partnerId: world.partner.id }, owner: "tenant" },
    // back office: the application queue (A's pending application)
    approveApplicationAction: { input: { applicationId: o.applicationId, reason: "" }, owner: "tenant" },
    rejectApplicationAction: { input: { applicationId: o.applicationId, reason: "Isolation check" }, owner: "tenant" },
    updateApplicationRulesAction: { input: { partnerApplicationsOpen: "" } },
    // P1 is ACTIVE (the world activates it for leads): suspending it is a transition the table allows
    changePartnerStatusAction: {
      input: { partnerId: world.partner.id, from: "ACTIVE", to: "SUSPENDED", reason: "Isolation check" },
      owner: "tenant",
    },
    endPreviewAction: { input: {} },
    dismissSetupAction: { input: {} },
    updatePartnerRulesAction: { input: { partnerTeamSelfService: "" } },
    // back office: programs and tiers (lib/programs)
    createProgramAction: { input: { name: `Intruder Program ${world.tag}`, description: "", activation: "AUTOMATIC" } },
    updateProgramAction: {
      input: { programId: o.programId, version: "0", name: `Hijacked Program ${world.tag}`, description: "", activation: "AUTOMATIC" },
      owner: "tenant",
    },
    createTierAction: { input: { programId: o.programId, name: "Intruder", description: "", rules: noRules }, owner: "tenant" },
    updateTierAction: { input: { tierId: o.tierId, name: "Hijacked", description: "", rules: noRules }, owner: "tenant" },
    deleteTierAction: { input: { tierId: o.tierId }, owner: "tenant" },
    moveTierAction: { input: { tierId: o.tierId, direction: "up" }, owner: "tenant" },
    createItemAction: { input: { programId: o.programId, kind: "DOCUMENT", title: "Intruder item", description: "" }, owner: "tenant" },
    deleteItemAction: { input: { itemId: o.itemId }, owner: "tenant" },
    moveItemAction: { input: { itemId: o.itemId, direction: "up" }, owner: "tenant" },
    publishAgreementAction: {
      input: { programId: o.programId, en: { title: "Hijacked", body: "Hijacked terms." }, es: { title: "", body: "" } },
      owner: "tenant",
    },
    evaluateProgramAction: { input: { programId: o.programId }, owner: "tenant" },
    deleteMetricAction: { input: { metricId: o.metricId }, owner: "tenant" },
    enrolPartnerAction: { input: { partnerId: world.partner.id, programId: o.programId }, owner: "tenant" },
    evaluatePartnerAction: { input: { partnerId: world.partner.id }, owner: "tenant" },
    overrideTierAction: { input: { partnerId: world.partner.id, tierId: o.tierId, reason: "Intruder", until: "" }, owner: "tenant" },
    clearOverrideAction: { input: { partnerId: world.partner.id, reason: "Intruder" }, owner: "tenant" },
    recordMetricAction: {
      input: { partnerId: world.partner.id, metric: "REVENUE_T12M", periodStart: "2026-01-01", periodEnd: "2026-01-31", value: "999999", note: "" },
      owner: "tenant",
    },
    activatePartnerAction: { input: { partnerId: world.partner.id }, owner: "tenant" },
    // portal: the partner's own onboarding (P2, enrolled in nothing, is tried with P1's objects)
    acceptAgreementAction: { input: { agreementId: o.agreementId, accept: "on" }, owner: "partner:PARTNER_ADMIN" },
    saveBillingAction: {
      input: { legalName: "Intruder Ltd", taxId: "X-1", email: "intruder@isolation.test", address: "1 Nowhere Street", country: "ES", version: "0" },
      owner: "partner:PARTNER_ADMIN",
    },
    submitDocumentAction: { input: { itemId: o.documentItemId, fileId: o.documentFileId }, owner: "partner:PARTNER_ADMIN" },
    submitCertificationAction: {
      input: { itemId: o.itemId, person: "Ivan Intruder", credential: "X-1", completedOn: "2026-11-01" },
      owner: "partner:PARTNER_ADMIN",
    },
    // back office: Partner 360 (profile, contacts) and activities
    updatePartnerProfileAction: {
      input: { partnerId: world.partner.id, ...profile, legalName: "Hijacked S.A.", version: "0" },
      owner: "tenant",
    },
    createPartnerContactAction: { input: { partnerId: world.partner.id, ...contact }, owner: "tenant" },
    updatePartnerContactAction: { input: { contactId: o.partnerContactId, version: "0", ...contact }, owner: "tenant" },
    deletePartnerContactAction: { input: { contactId: o.partnerContactId, version: "0" }, owner: "tenant" },
    logActivityAction: { input: { ...activity(world.partner.id), visibility: "INTERNAL" }, owner: "tenant" },
    completeTaskAction: { input: { activityId: o.taskId, version: "0" }, owner: "tenant" },
    // portal: the partner's own company and shared activities (P2's admin is tried with P1's ids)
    updateOwnProfileAction: { input: { ...profile, legalName: "Hijacked S.A.", version: "0" } },
    createOwnContactAction: { input: contact },
    updateOwnContactAction: { input: { contactId: o.partnerContactId, version: "0", ...contact }, owner: "partner:PARTNER_ADMIN" },
    deleteOwnContactAction: { input: { contactId: o.partnerContactId, version: "0" }, owner: "partner:PARTNER_ADMIN" },
    logSharedActivityAction: { input: activity(world.partner.id) },
    completeOwnTaskAction: { input: { activityId: o.taskId, version: "0" }, owner: "partner:PARTNER_USER" },
    // portal: partner self-service (a partner admin's own team; P2's admin is tried with P1's seats)
    inviteTeammateAction: {
      input: { invites: [{ email: newEmail("teammate"), name: "Tia Intruder", role: "PARTNER_ADMIN" }] },
    },
    resendTeammateInvitationAction: { input: { seatId: o.invitedPartnerUserId }, owner: "partner:PARTNER_ADMIN" },
    deactivateTeammateAction: { input: { seatId: o.partnerUserId }, owner: "partner:PARTNER_ADMIN" },
    reactivateTeammateAction: { input: { seatId: o.deactivatedPartnerUserId }, owner: "partner:PARTNER_ADMIN" },
    retryDeliveryAction: { input: { deliveryId: o.deadDeliveryId }, owner: "tenant" },
    retryDeliveriesAction: { input: { deliveryIds: o.deadDeliveryId }, owner: "tenant" },
    // notifications, both sides
    vendorMarkNotificationReadAction: {
      input: { notificationId: o.vendorNotificationId },
      owner: world.owners.vendorNotification,
    },
    partnerMarkNotificationReadAction: {
      input: { notificationId: o.partnerNotificationId },
      owner: world.owners.partnerNotification,
    },
    vendorMarkAllNotificationsReadAction: { input: {} },
    partnerMarkAllNotificationsReadAction: { input: {} },
    vendorUpdatePreferencesAction: { input: preferences },
    partnerUpdatePreferencesAction: { input: partnerPreferences },
    vendorUpdateQuietHoursAction: { input: quietHours },
    partnerUpdateQuietHoursAction: { input: quietHours },
    vendorStartPhoneVerificationAction: { input: {} },
    partnerStartPhoneVerificationAction: { input: {} },
    vendorConfirmPhoneVerificationAction: { input: { code: "123456" } },
    partnerConfirmPhoneVerificationAction: { input: { code: "123456" } },
    // back office: accounts, territories, conflicts
    createAccountAction: { input: { name: `Intruder Account ${world.tag}`, website: "intruder.example" } },
    updateAccountAction: { input: { accountId: o.accountId, name: "Hijacked Customer", version: "0" }, owner: "tenant" },
    addContactAction: { input: { accountId: o.accountId, name: "Ivan Intruder" }, owner: "tenant" },
    removeContactAction: { input: { contactId: o.contactId }, owner: "tenant" },
    overrideTerritoryAction: { input: { accountId: o.accountId, territoryId: "", reason: "" }, owner: "tenant" },
    createTerritoryAction: { input: { name: `Intruder Territory ${world.tag}`, parentId: "" } },
    updateTerritoryAction: { input: { territoryId: o.territoryId, name: "Hijacked", parentId: "", version: "0" }, owner: "tenant" },
    deleteTerritoryAction: { input: { territoryId: o.territoryId }, owner: "tenant" },
    addRuleAction: { input: { territoryId: o.territoryId, country: "ES", priority: "1" }, owner: "tenant" },
    removeRuleAction: { input: { ruleId: o.ruleId }, owner: "tenant" },
    addTerritoryOwnerAction: { input: { territoryId: o.territoryId, membershipId: o.membershipId }, owner: "tenant" },
    removeTerritoryOwnerAction: { input: { territoryId: o.territoryId, membershipId: o.ownerMembershipId }, owner: "tenant" },
    assignTerritoryPartnerAction: { input: { territoryId: o.territoryId, partnerId: world.otherPartner.id }, owner: "tenant" },
    unassignTerritoryPartnerAction: { input: { territoryId: o.territoryId, partnerId: world.partner.id }, owner: "tenant" },
    reassignByRulesAction: { input: {} },
    resolveConflictAction: { input: { conflictId: o.conflictId, decision: "DECLINED", reason: "Intruder", version: "0" }, owner: "tenant" },
    // back office: catalog
    createProductAction: { input: { sku: `INTRUDER-${world.tag}`, nameEn: "Intruder product", nameEs: "Producto intruso", unit: "EACH", packSize: "1" } },
    updateProductAction: {
      input: { productId: o.productId, version: "1", sku: `HIJACK-${world.tag}`, nameEn: "Hijacked", nameEs: "Secuestrado", unit: "BOX", packSize: "2" },
      owner: "tenant",
    },
    changeProductStatusAction: { input: { productId: o.productId, from: "ACTIVE", to: "DISCONTINUED", reason: "Intruder" }, owner: "tenant" },
    addProductImageAction: { input: { productId: o.productId, fileId: o.spareImageFileId }, owner: "tenant" },
    removeProductImageAction: { input: { imageId: o.productImageId }, owner: "tenant" },
    setProductCostAction: { input: { productId: o.productId, currency: "USD", cost: "1.00", floor: "2.00" }, owner: "tenant" },
    createBrandAction: { input: { name: `Intruder Brand ${world.tag}` } },
    renameBrandAction: { input: { brandId: o.brandId, name: `Hijacked Brand ${world.tag}` }, owner: "tenant" },
    createFamilyAction: { input: { nameEn: `Intruder Family ${world.tag}`, nameEs: `Familia intrusa ${world.tag}` } },
    renameFamilyAction: { input: { familyId: o.familyId, nameEn: `Hijacked ${world.tag}`, nameEs: `Secuestrada ${world.tag}` }, owner: "tenant" },
    // back office: a product's configurator
    saveOptionGroupAction: {
      input: { productId: o.productId, version: String(o.configVersion), nameEn: `Intruder group ${world.tag}`, nameEs: "Grupo intruso", kind: "MANY" },
      owner: "tenant",
    },
    saveOptionAction: {
      input: { productId: o.productId, version: String(o.configVersion), groupId: o.optionGroupId, nameEn: "Intruder option", nameEs: "Opción intrusa", adder: "-1.00", currency: "USD" },
      owner: "tenant",
    },
    addConfiguratorRuleAction: {
      input: { productId: o.productId, version: String(o.configVersion), kind: "EXCLUDES", optionId: o.configOptionIds[1], targetOptionId: o.configOptionIds[2] },
      owner: "tenant",
    },
    addBundleItemAction: { input: { productId: o.productId, version: String(o.configVersion), sku: o.partSku, quantity: "2" }, owner: "tenant" },
    removeConfiguratorPartAction: { input: { productId: o.productId, version: String(o.configVersion), part: "rule", id: o.configRuleId }, owner: "tenant" },
    // back office: price lists
    createPriceListAction: { input: { name: `Intruder Prices ${world.tag}`, target: "BASE", currency: "USD", validFrom: "2020-01-01" } },
    updatePriceListAction: {
      input: { listId: o.priceListId, version: "1", name: `Hijacked Prices ${world.tag}`, target: "BASE", currency: "USD", validFrom: "2020-01-01" },
      owner: "tenant",
    },
    setPriceEntryAction: { input: { listId: o.priceListId, version: "1", sku: `ISO-${world.tag}`.toUpperCase(), minQuantity: "1", method: "PRICE", value: "0.01" }, owner: "tenant" },
    removePriceEntryAction: { input: { listId: o.priceListId, version: "1", entryId: o.priceEntryId }, owner: "tenant" },
    publishPriceListAction: { input: { listId: o.priceListId, version: "1", overrideReason: "" }, owner: "tenant" },
    archivePriceListAction: { input: { listId: o.priceListId, version: "1", reason: "Intruder" }, owner: "tenant" },
    updatePricingSettingsAction: { input: { tolerancePercent: "999", version: "0" } },
    scanPricesAction: { input: {} },
    // portal: the partner's own accounts (P2's admin is tried with P1's account)
    createOwnAccountAction: { input: { name: `Intruder Own ${world.tag}` } },
    updateOwnAccountAction: { input: { accountId: o.accountId, name: "Hijacked Own", version: "0" }, owner: "partner" },
    addOwnContactAction: { input: { accountId: o.accountId, name: "Ivy Intruder" }, owner: "partner" },
    removeOwnContactAction: { input: { contactId: o.contactId }, owner: "partner" },
    // portal: saved configurations (P2's admin is tried with P1's configuration)
    saveConfigurationAction: { input: { productId: o.productId, name: `Intruder configuration ${world.tag}`, quantity: "1", selection: `${o.configOptionIds[0]}:1` }, owner: "tenant" },
    deleteSavedConfigurationAction: { input: { configurationId: o.savedConfigurationId }, owner: "partner" },
    // deals: the review queue, the pipeline and the methodology (A's), P1's own in the portal
    approveRegistrationAction: { input: { registrationId: o.registrationId, version: "0", protectionDays: "90", reason: "" }, owner: "tenant" },
    rejectRegistrationAction: { input: { registrationId: o.registrationId, version: "0", reason: "Isolation check" }, owner: "tenant" },
    decideExtensionAction: { input: { extensionId: o.extensionId, decision: "REJECTED", reason: "Isolation check" }, owner: "tenant" },
    createDirectDealAction: { input: { name: `Intruder deal ${world.tag}`, customerName: "Intruder Customer", amount: "100", currency: "USD", closeOn: inDays(30) } },
    updateOpportunityAction: { input: { opportunityId: o.opportunityId, version: "0", name: "Hijacked deal", amount: "1", currency: "USD", closeOn: inDays(30) }, owner: "tenant" },
    moveOpportunityStageAction: { input: { opportunityId: o.opportunityId, version: "0", stageId: o.lostStageId, reason: "Isolation check" }, owner: "tenant" },
    checkCriterionAction: { input: { opportunityId: o.opportunityId, version: "0", criterionId: o.criterionId, checked: "true" }, owner: "tenant" },
    createStageAction: { input: { name: `Intruder stage ${world.tag}`, probability: "50" } },
    updateStageAction: { input: { stageId: o.stageId, version: "0", name: "Hijacked stage", probability: "5" }, owner: "tenant" },
    moveStageOrderAction: { input: { stageId: o.stageId, direction: "up" }, owner: "tenant" },
    deleteStageAction: { input: { stageId: o.stageId }, owner: "tenant" },
    updateDealSettingsAction: { input: { version: "0", protectionDays: "30", reminderDays: "7", maxExtensionDays: "30" } },
    checkClaimAction: { input: { customerName: `Iso Deal ${world.tag}` } },
    submitRegistrationAction: {
      input: {
        submissionKey: `isolation${world.tag}${Date.now().toString(36)}`,
        title: "Intruder registration",
        customerName: "Intruder Customer",
        contactName: "Ivan Intruder",
        amount: "100",
        currency: "USD",
        expectedCloseOn: inDays(30),
      },
    },
    withdrawRegistrationAction: { input: { registrationId: o.registrationId, version: "0", reason: "" }, owner: "partner" },
    requestExtensionAction: { input: { registrationId: o.protectedRegistrationId, days: "30", reason: "Isolation check" }, owner: "partner" },
    updateOwnOpportunityAction: { input: { opportunityId: o.opportunityId, version: "0", name: "Hijacked deal", amount: "1", currency: "USD", closeOn: inDays(30) }, owner: "partner" },
    moveOwnOpportunityStageAction: { input: { opportunityId: o.opportunityId, version: "0", stageId: o.lostStageId, reason: "Isolation check" }, owner: "partner" },
    checkOwnCriterionAction: { input: { opportunityId: o.opportunityId, version: "0", criterionId: o.criterionId, checked: "true" }, owner: "partner" },
    // orders: A's queue acts on P1's submitted order; P1's own cart and orders in the portal
    approveOrderAction: { input: { orderId: o.orderId, version: "0", reason: "" }, owner: "tenant" },
    rejectOrderAction: { input: { orderId: o.orderId, version: "0", reason: "Isolation check" }, owner: "tenant" },
    holdOrderAction: { input: { orderId: o.orderId, version: "0", reason: "Isolation check" }, owner: "tenant" },
    releaseOrderAction: { input: { orderId: o.orderId, version: "0", reason: "" }, owner: "tenant" },
    cancelOrderAction: { input: { orderId: o.orderId, version: "0", reason: "Isolation check" }, owner: "tenant" },
    cancelBackorderAction: { input: { orderId: o.orderId, version: "0", reason: "Isolation check" }, owner: "tenant" },
    allocateOrderAction: { input: { orderId: o.orderId, version: "0" }, owner: "tenant" },
    deliverOrderAction: { input: { orderId: o.orderId, version: "0" }, owner: "tenant" },
    allocateByPriorityAction: { input: {} },
    saveOrderViewAction: { input: { name: "Intruder view", query: "status=APPROVED" } },
    deleteOrderViewAction: { input: { viewId: o.savedViewId }, owner: world.owners.savedView },
    savePriorityWeightsAction: {
      input: { version: "0", tierWeight: "5", ageWeight: "5", ageDays: "30", requestedWeight: "5", requestedWindowDays: "14", valueWeight: "5", valueCap: "1000", priorityFlagWeight: "5", standingWeight: "5" },
    },
    shipOrderAction: {
      input: { orderId: o.orderId, version: "0", carrier: "Intruder Express", trackingNumber: "X1", lines: [{ orderLineId: "orl_intruder", quantity: "1", serials: "" }] },
      owner: "tenant",
    },
    createDraftAction: { input: { currency: "USD", lines: [{ productId: o.productId, quantity: "1", requestedUnitPrice: "" }] } },
    saveDraftAction: { input: { orderId: o.draftOrderId, version: "0", lines: [{ productId: o.productId, quantity: "9", requestedUnitPrice: "" }] }, owner: "partner" },
    quickOrderAction: { input: { orderId: o.draftOrderId, version: "0", text: `ISO-${world.tag.toUpperCase()} 3` }, owner: "partner" },
    submitOrderAction: { input: { orderId: o.draftOrderId, version: "0", idempotencyKey: `isolation-submit-${world.tag}` }, owner: "partner" },
    discardDraftAction: { input: { orderId: o.draftOrderId, version: "0" }, owner: "partner" },
    reorderAction: { input: { orderId: o.orderId }, owner: "partner" },
    // invoicing: A's finance acts on P1's invoice, payment and terms, and on A's settings
    recordPaymentAction: {
      input: { partnerId: world.partner.id, currency: "USD", amount: "1.00", receivedOn: inDays(0), method: "BANK_TRANSFER", reference: "Intruder", idempotencyKey: `isolation-payment-${world.tag}`, applications: [{ invoiceId: o.invoiceId, amount: "1.00" }] },
      owner: "tenant",
    },
    applyPaymentAction: { input: { paymentId: o.paymentId, applications: [{ invoiceId: o.invoiceId, amount: "1.00" }] }, owner: "tenant" },
    applyCreditAction: { input: { creditNoteId: o.creditNoteId, applications: [{ invoiceId: o.invoiceId, amount: "1.00" }], idempotencyKey: "isolation-apply-credit" }, owner: "tenant" },
    issueCreditNoteAction: { input: { invoiceId: o.invoiceId, reason: "Intruder", amount: "", lines: [{ invoiceLineId: o.invoiceLineId, quantity: "1" }] }, owner: "tenant" },
    saveTaxRateAction: { input: { country: "FR", region: "", name: "Intruder VAT", rate: "20" } },
    deleteTaxRateAction: { input: { taxRateId: o.taxRateId }, owner: "tenant" },
    saveInvoiceSettingsAction: {
      input: { defaultRate: "1", defaultTermsDays: "10", receivablesAccount: "9", revenueAccount: "9", taxPayableAccount: "9", bankAccount: "9", creditNotesAccount: "9", version: "0" },
    },
    setPartnerTermsAction: { input: { partnerId: world.partner.id, termsDays: "7" }, owner: "tenant" },
    // warranties: A's policies and claim queue act on the world's policy and P1's claim; P1's unit and claim in the portal
    createPolicyAction: { input: { name: "Intruder policy", productId: o.productId, months: "12", startRule: "SHIPMENT" }, owner: "tenant" },
    updatePolicyAction: { input: { policyId: o.warrantyPolicyId, version: "0", name: "Intruder policy", productId: o.productId, months: "12", startRule: "SHIPMENT" }, owner: "tenant" },
    setPolicyActiveAction: { input: { policyId: o.warrantyPolicyId, version: "0", active: "false" }, owner: "tenant" },
    approveClaimAction: { input: { claimId: o.warrantyClaimId, version: "1", reason: "" }, owner: "tenant" },
    rejectClaimAction: { input: { claimId: o.warrantyClaimId, version: "1", reason: "Isolation check" }, owner: "tenant" },
    askInfoClaimAction: { input: { claimId: o.warrantyClaimId, version: "1", reason: "Isolation check" }, owner: "tenant" },
    issueRmaAction: { input: { claimId: o.warrantyClaimId, version: "1", returnInstructions: "Dock 9" }, owner: "tenant" },
    receiveClaimAction: { input: { claimId: o.warrantyClaimId, version: "1", reason: "" }, owner: "tenant" },
    repairClaimAction: { input: { claimId: o.warrantyClaimId, version: "1", reason: "" }, owner: "tenant" },
    closeClaimAction: { input: { claimId: o.warrantyClaimId, version: "1", reason: "" }, owner: "tenant" },
    replaceClaimAction: { input: { claimId: o.warrantyClaimId, version: "1", replacementSerial: `ISO-R-${world.tag}`, reason: "" }, owner: "tenant" },
    creditClaimAction: { input: { claimId: o.warrantyClaimId, version: "1", amount: "1.00", reason: "" }, owner: "tenant" },
    // co-op (back office): A's reviewers, payers and managers act on P1's request, claim and fund, and the world's MDF program
    decideCoopClaimAction: { input: { claimId: o.coopClaimId, version: "0", decision: "APPROVE", approved: "", reason: "" }, owner: "tenant" },
    decideCoopRequestAction: { input: { requestId: o.coopRequestId, version: "0", decision: "APPROVE", approved: "", reason: "" }, owner: "tenant" },
    payCoopClaimAction: { input: { claimId: o.coopClaimId, version: "0", method: "PAYOUT", invoiceId: "", reference: "ISO-PAY" }, owner: "tenant" },
    createCoopProgramAction: {
      input: { kind: "MDF", name: `Intruder MDF ${world.tag}`, currency: "USD", period: "QUARTER", activityTypes: ["TRAINING"], maxSharePercent: "50", claimDays: "30", graceDays: "30", expenseAccount: "6150" },
    },
    updateCoopProgramAction: {
      input: { programId: o.coopProgramId, version: "0", kind: "MDF", name: `Intruder MDF ${world.tag}`, currency: "USD", period: "QUARTER", activityTypes: ["TRAINING"], maxSharePercent: "50", claimDays: "30", graceDays: "30", expenseAccount: "6150", active: "true" },
      owner: "tenant",
    },
    allocateCoopAction: { input: { programId: o.coopProgramId, partnerId: world.partner.id, amount: "10", submissionKey: `isolation-allocate-${world.tag}` }, owner: "tenant" },
    adjustCoopFundAction: { input: { fundId: o.coopFundId, amount: "1", direction: "ADD", reason: "Isolation check", submissionKey: `isolation-adjust-${world.tag}` }, owner: "tenant" },
    // the tenant's own review targets: no object of tenant A named, so no owner (another tenant's manager rightly saves its own)
    saveCoopSettingsAction: { input: { requestSlaHours: "48", claimSlaHours: "96", version: "0" } },
    registerSaleAction: { input: { unitId: o.warrantyUnitId, endCustomerName: "Intruder Customer", endCustomerEmail: "", endCustomerLocale: "en", saleOn: inDays(0), installationSite: "" }, owner: "partner" },
    fileClaimAction: { input: { unitId: o.warrantyUnitId, failureCode: "INTRUDER", description: "Isolation check" }, owner: "partner" },
    answerClaimAction: { input: { claimId: o.warrantyClaimId, version: "1", reason: "Isolation check" }, owner: "partner" },
    // co-op in the portal: P1's fund, request and claim (another partner's ids are NOT_FOUND)
    proposeCoopRequestAction: { input: { fundId: o.coopFundId, activityType: "TRAINING", title: "Intruder workshop", startsOn: inDays(0), endsOn: inDays(0), plannedCost: "10", requested: "5", submissionKey: `isolation-request-${world.tag}` }, owner: "partner" },
    cancelCoopRequestAction: { input: { requestId: o.coopRequestId, version: "0", reason: "" }, owner: "partner" },
    submitCoopClaimAction: { input: { fundId: o.coopFundId, activityType: "TRAINING", title: "Intruder claim", startsOn: inDays(0), endsOn: inDays(0), actualCost: "10", claimed: "5", proofFileIds: ["fil_isolation"], submissionKey: `isolation-claim-${world.tag}` }, owner: "partner" },
    answerCoopClaimAction: { input: { claimId: o.coopClaimId, version: "0", note: "Isolation check" }, owner: "partner" },
    // leads: A's leads and rules; P1's offered and accepted leads in the portal
    createLeadAction: { input: { company: `Intruder Lead ${world.tag}`, contactName: "Ivan Intruder", source: "OTHER", currency: "EUR" } },
    distributeLeadAction: { input: { leadId: o.leadId, version: "2" }, owner: "tenant" },
    loseLeadAction: { input: { leadId: o.leadId, version: "2", reason: "Isolation check" }, owner: "tenant" },
    createLeadRuleAction: { input: { name: `Intruder rule ${world.tag}`, slaHours: "1", active: "true" } },
    updateLeadRuleAction: { input: { ruleId: o.leadRuleId, version: "0", name: "Hijacked rule", slaHours: "1", active: "true" }, owner: "tenant" },
    deleteLeadRuleAction: { input: { ruleId: o.leadRuleId }, owner: "tenant" },
    moveLeadRuleAction: { input: { ruleId: o.leadRuleId, direction: "up" }, owner: "tenant" },
    acceptLeadAction: { input: { leadId: o.offeredLeadId }, owner: "partner" },
    declineLeadAction: { input: { leadId: o.offeredLeadId, reason: "Isolation check" }, owner: "partner" },
    convertLeadAction: {
      input: {
        leadId: o.leadId,
        submissionKey: `isolationlead${world.tag}${Date.now().toString(36)}`,
        title: "Intruder conversion",
        customerName: "Intruder Customer",
        contactName: "Ivan Intruder",
        amount: "100",
        currency: "USD",
        expectedCloseOn: inDays(30),
      },
      owner: "partner",
    },
    // any signed-in user
    afterSignInAction: { input: { callbackUrl: "/workspaces" } },
    updateProfileAction: { input: { name: "Hijacked Name", locale: "es", phone: "+34600111222" } },
    changePasswordAction: {
      input: {
        currentPassword: "not-the-password",
        newPassword: "Quartz-Lantern-Meadow-4821",
        confirmPassword: "Quartz-Lantern-Meadow-4821",
      },
    },
    // forecasting: a run of A, a commit on P1, a plan from a diagnostic A's world does not have
    // (no run: every rightful caller gets NOT_FOUND), P1's own forecast in the portal
    requestForecastRunAction: { input: {} },
    commitForecastAction: {
      input: { level: "PARTNER", key: world.partner.id, period: thisMonth(), amount: "100", reason: "Isolation check" },
      owner: "tenant",
    },
    createActionPlanAction: {
      input: { diagnosticId: "PIPELINE_COVERAGE:TOTAL:", title: "Intruder plan", taskTitle: "Intruder task", assignee: `m:${o.membershipId}`, dueOn: inDays(7) },
      strangers: "NOT_FOUND",
    },
    submitPartnerForecastAction: { input: { expectedVersion: "0", note: "", months: [{ period: thisMonth(), amount: "1" }] } },
    signOutEverywhereAction: { input: {} },
    // an invitation addressed to someone else: nobody here may answer it
    respondToInvitationAction: {
      input: { kind: "vendor", seatId: o.invitedMembershipId, decision: "accept" },
      strangers: "INVITATION_GONE",
    },
  };
}

/**
 * The query string of a route handler whose answer depends on one. The search routes are
 * asked for the world's tag, which every name in the world carries: each visitor's answer
 * then holds everything they may find, and nothing they may not (isolation.spec.ts).
 */
export function routeQueries(world: World): Record<string, string> {
  const q = `?${new URLSearchParams({ q: world.tag })}`;
  return { "/[tenant]/admin/search": q, "/[tenant]/portal/search": q };
}

/** The same input with every field too long for its schema: the rightful caller gets VALIDATION_FAILED. */
export function oversized(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(input).map((key) => [key, "x".repeat(5_000)]));
}
