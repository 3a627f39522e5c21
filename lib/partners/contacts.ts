import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh, lockKey } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { ContactInput, CreateContactInput, DeleteContactInput, UpdateContactInput } from "./profile-schema";
import type { PartnerContactItem } from "./profile-types";

/**
 * A partner's contacts: people the vendor deals with there (not necessarily portal users).
 * Both sides edit them — the vendor any partner's (`partners.manage`), a partner admin its
 * own (`ownPartner.manage`, the partner from the session). Edits and removals carry the
 * version the form was loaded with (STALE_EDIT otherwise); at most one contact is primary,
 * and naming a new one clears the old in the same transaction. Every change is audited.
 */

const CONTACT = { id: true, name: true, role: true, email: true, phone: true, primary: true, version: true } as const;
const MAX_CONTACTS = 50;

async function contactsOf(tx: Tx, tenantId: string, partnerId: string): Promise<PartnerContactItem[]> {
  return tx.partnerContact.findMany({
    where: { tenantId, partnerId },
    select: CONTACT,
    orderBy: [{ primary: "desc" }, { name: "asc" }, { id: "asc" }],
  });
}

/** Any partner's contacts, primary first (NOT_FOUND for another tenant's partner). */
export async function listPartnerContacts(ctx: VendorCtx, partnerId: string): Promise<PartnerContactItem[]> {
  authorize(ctx, "partners.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const partner = await tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } }, select: { id: true } });
    if (!partner) throw new AppError("NOT_FOUND");
    return contactsOf(tx, ctx.tenantId, partnerId);
  });
}

/** The signed-in partner's own contacts. */
export async function listOwnContacts(ctx: PartnerCtx): Promise<PartnerContactItem[]> {
  authorize(ctx, "ownPartner.read");
  return withReadScope(scopeOf(ctx), (tx) => contactsOf(tx, ctx.tenantId, ctx.partnerId));
}

export async function createPartnerContact(ctx: VendorCtx, input: CreateContactInput): Promise<PartnerContactItem> {
  authorize(ctx, "partners.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const partner = await tx.partner.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.partnerId } },
      select: { id: true },
    });
    if (!partner) throw new AppError("NOT_FOUND");
    return addContact(tx, ctx, input.partnerId, input);
  });
}

export async function createOwnContact(ctx: PartnerCtx, input: ContactInput): Promise<PartnerContactItem> {
  authorize(ctx, "ownPartner.manage");
  return withScope(scopeOf(ctx), (tx) => addContact(tx, ctx, ctx.partnerId, input));
}

export async function updatePartnerContact(ctx: VendorCtx, input: UpdateContactInput): Promise<PartnerContactItem> {
  authorize(ctx, "partners.manage");
  return withScope(scopeOf(ctx), (tx) => editContact(tx, ctx, null, input));
}

export async function updateOwnContact(ctx: PartnerCtx, input: UpdateContactInput): Promise<PartnerContactItem> {
  authorize(ctx, "ownPartner.manage");
  return withScope(scopeOf(ctx), (tx) => editContact(tx, ctx, ctx.partnerId, input));
}

export async function deletePartnerContact(ctx: VendorCtx, input: DeleteContactInput): Promise<{ partnerId: string }> {
  authorize(ctx, "partners.manage");
  return withScope(scopeOf(ctx), (tx) => removeContact(tx, ctx, null, input));
}

export async function deleteOwnContact(ctx: PartnerCtx, input: DeleteContactInput): Promise<{ partnerId: string }> {
  authorize(ctx, "ownPartner.manage");
  return withScope(scopeOf(ctx), (tx) => removeContact(tx, ctx, ctx.partnerId, input));
}

const fieldsOf = (input: ContactInput) => ({
  name: input.name,
  role: input.role,
  email: input.email,
  phone: input.phone,
  primary: input.primary,
});

/** Naming a primary contact takes the mark from whoever held it (one per partner, unique index). */
async function clearPrimary(tx: Tx, tenantId: string, partnerId: string, except?: string): Promise<void> {
  await tx.partnerContact.updateMany({
    where: { tenantId, partnerId, primary: true, ...(except ? { id: { not: except } } : {}) },
    data: { primary: false, version: { increment: 1 } },
  });
}

async function addContact(tx: Tx, ctx: TenantCtx, partnerId: string, input: ContactInput): Promise<PartnerContactItem> {
  // Serialises contact changes of one partner, so two "primary" saves cannot both win.
  await lockKey(tx, `contacts:${ctx.tenantId}:${partnerId}`);
  const count = await tx.partnerContact.count({ where: { tenantId: ctx.tenantId, partnerId } });
  if (count >= MAX_CONTACTS) throw new AppError("CONFLICT");
  if (input.primary) await clearPrimary(tx, ctx.tenantId, partnerId);
  const id = createId("partnerContact");
  const data = fieldsOf(input);
  await tx.partnerContact.createMany({ data: [{ id, tenantId: ctx.tenantId, partnerId, ...data }] });
  await recordAudit(tx, ctx, {
    action: "partnerContact.created",
    entityType: "PartnerContact",
    entityId: id,
    after: { partnerId, ...data },
  });
  return { id, ...data, version: 0 };
}

async function loadContact(tx: Tx, ctx: TenantCtx, ownPartnerId: string | null, contactId: string) {
  const contact = await tx.partnerContact.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: contactId } },
    select: { ...CONTACT, partnerId: true },
  });
  // A partner admin reaches only its own partner's contacts (row-level security agrees).
  if (!contact || (ownPartnerId && contact.partnerId !== ownPartnerId)) throw new AppError("NOT_FOUND");
  return contact;
}

async function editContact(
  tx: Tx,
  ctx: TenantCtx,
  ownPartnerId: string | null,
  input: UpdateContactInput,
): Promise<PartnerContactItem> {
  const before = await loadContact(tx, ctx, ownPartnerId, input.contactId);
  await lockKey(tx, `contacts:${ctx.tenantId}:${before.partnerId}`);
  const data = fieldsOf(input);
  if (data.primary && !before.primary) await clearPrimary(tx, ctx.tenantId, before.partnerId, before.id);
  assertFresh(
    await tx.partnerContact.updateMany({
      where: { tenantId: ctx.tenantId, id: before.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    }),
  );
  const { partnerId: _partnerId, version: _version, id: _id, ...old } = before;
  await recordAudit(tx, ctx, {
    action: "partnerContact.updated",
    entityType: "PartnerContact",
    entityId: before.id,
    before: old,
    after: data,
  });
  return { id: before.id, ...data, version: input.version + 1 };
}

async function removeContact(
  tx: Tx,
  ctx: TenantCtx,
  ownPartnerId: string | null,
  input: DeleteContactInput,
): Promise<{ partnerId: string }> {
  const before = await loadContact(tx, ctx, ownPartnerId, input.contactId);
  const removed = await tx.partnerContact.deleteMany({
    where: { tenantId: ctx.tenantId, id: before.id, version: input.version },
  });
  assertFresh(removed);
  const { partnerId, version: _version, id: _id, ...old } = before;
  await recordAudit(tx, ctx, {
    action: "partnerContact.deleted",
    entityType: "PartnerContact",
    entityId: before.id,
    before: { partnerId, ...old },
  });
  return { partnerId };
}
