import "server-only";
import { z } from "zod";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cappedTotal, countTake, defineListQuery, direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { dayOf } from "./coverage";
import { CLAIM_STATUSES, type ClaimStatusValue } from "./lifecycle";

/**
 * The screens' lists: units (by serial, partner, registered or not) and claims (by status,
 * partner, number or serial), the vendor's over the tenant and a partner's over its own rows
 * (the query names the partner; row-level security agrees). Every filter has an index:
 * units (tenantId, serial) and (tenantId, partnerId); claims (tenantId, status, createdAt)
 * and (tenantId, partnerId, createdAt). Counts stop at COUNT_CAP past the page (lib/lists/query.ts countLimit).
 */

const partnerParam = z.string().regex(/^ptn_[a-z0-9]{1,40}$/).optional().catch(undefined);

export const unitListQuery = defineListQuery({
  sorts: ["created", "serial"],
  defaultSort: { id: "created", desc: true },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    partner: partnerParam,
    registered: z.enum(["yes", "no"]).optional().catch(undefined),
  },
});
export type UnitListQuery = ReturnType<typeof unitListQuery.parse>;
export const UNIT_LIST_FILTERS = ["q", "partner", "registered"] as const;
export const OWN_UNIT_LIST_FILTERS = ["q", "registered"] as const;

export const claimListQuery = defineListQuery({
  sorts: ["created", "number"],
  defaultSort: { id: "created", desc: true },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    status: z.enum(CLAIM_STATUSES).optional().catch(undefined),
    partner: partnerParam,
  },
});
export type ClaimListQuery = ReturnType<typeof claimListQuery.parse>;
export const CLAIM_LIST_FILTERS = ["q", "status", "partner"] as const;
export const OWN_CLAIM_LIST_FILTERS = ["q", "status"] as const;

export type UnitRow = {
  id: string;
  serial: string;
  sku: string;
  productNameEn: string;
  productNameEs: string;
  partner: { id: string; name: string };
  shippedOn: string;
  registeredOn: string | null;
  endCustomerName: string | null;
  source: "SHIPMENT" | "IMPORT" | "REPLACEMENT";
};

export type ClaimRow = {
  id: string;
  number: number;
  status: ClaimStatusValue;
  serial: string;
  partner: { id: string; name: string };
  failureCode: string;
  dueAt: Date | null;
  createdAt: Date;
};

const partnerWhere = (ctx: TenantCtx, partner: string | undefined) => (ctx.audience === "partner" ? { partnerId: ctx.partnerId } : partner ? { partnerId: partner } : {});

async function unitPage(ctx: TenantCtx, input: Partial<UnitListQuery>): Promise<ListPage<UnitRow>> {
  const query = { ...unitListQuery.parse({}), ...input };
  const where: Prisma.WarrantyUnitWhereInput = {
    AND: [
      { tenantId: ctx.tenantId },
      partnerWhere(ctx, query.partner),
      // a serial is typed whole (printed on the unit): exact match on the (tenantId, serial) index
      query.q ? { serial: query.q } : {},
      query.registered === "yes" ? { registeredOn: { not: null } } : query.registered === "no" ? { registeredOn: null } : {},
    ],
  };
  const orderBy: Prisma.WarrantyUnitOrderByWithRelationInput[] = query.sort.id === "serial" ? [{ serial: direction(query.sort) }, { id: "asc" }] : [{ createdAt: direction(query.sort) }, { id: "asc" }];
  const [rows, count] = await withReadScope(scopeOf(ctx), (tx) =>
    Promise.all([
      tx.warrantyUnit.findMany({
        where,
        orderBy,
        ...pageWindow(query),
        select: { id: true, serial: true, shippedOn: true, registeredOn: true, endCustomerName: true, source: true, product: { select: { sku: true, nameEn: true, nameEs: true } }, partner: { select: { id: true, name: true } } },
      }),
      tx.warrantyUnit.count({ where, take: countTake(query) }),
    ]),
  );
  return {
    rows: rows.map((r) => ({
      id: r.id,
      serial: r.serial,
      sku: r.product.sku,
      productNameEn: r.product.nameEn,
      productNameEs: r.product.nameEs,
      partner: r.partner,
      shippedOn: dayOf(r.shippedOn)!,
      registeredOn: dayOf(r.registeredOn),
      endCustomerName: r.endCustomerName,
      source: r.source,
    })),
    ...cappedTotal(count, query),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** "WC-000042", "wc42" or "42" → 42; anything else is a serial. */
const claimNumberOf = (q: string) => {
  const match = /^(?:WC-?)?0*(\d{1,9})$/i.exec(q);
  return match ? Number(match[1]) : null;
};

async function claimPage(ctx: TenantCtx, input: Partial<ClaimListQuery>): Promise<ListPage<ClaimRow>> {
  const query = { ...claimListQuery.parse({}), ...input };
  const number = query.q ? claimNumberOf(query.q) : null;
  const where: Prisma.WarrantyClaimWhereInput = {
    AND: [
      { tenantId: ctx.tenantId },
      partnerWhere(ctx, query.partner),
      query.status ? { status: query.status } : {},
      query.q ? (number !== null ? { number } : { unit: { serial: query.q } }) : {},
    ],
  };
  const orderBy: Prisma.WarrantyClaimOrderByWithRelationInput[] = query.sort.id === "number" ? [{ number: direction(query.sort) }] : [{ createdAt: direction(query.sort) }, { id: "asc" }];
  const [rows, count] = await withReadScope(scopeOf(ctx), (tx) =>
    Promise.all([
      tx.warrantyClaim.findMany({
        where,
        orderBy,
        ...pageWindow(query),
        select: { id: true, number: true, status: true, failureCode: true, dueAt: true, createdAt: true, unit: { select: { serial: true } }, partner: { select: { id: true, name: true } } },
      }),
      tx.warrantyClaim.count({ where, take: countTake(query) }),
    ]),
  );
  return {
    rows: rows.map(({ unit, ...r }) => ({ ...r, serial: unit.serial })),
    ...cappedTotal(count, query),
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function unitsPage(ctx: VendorCtx, input: Partial<UnitListQuery> = {}): Promise<ListPage<UnitRow>> {
  authorize(ctx, "warranties.read");
  return unitPage(ctx, input);
}

export async function ownUnitsPage(ctx: PartnerCtx, input: Partial<UnitListQuery> = {}): Promise<ListPage<UnitRow>> {
  authorize(ctx, "ownWarranties.read");
  return unitPage(ctx, input);
}

export async function claimsPage(ctx: VendorCtx, input: Partial<ClaimListQuery> = {}): Promise<ListPage<ClaimRow>> {
  authorize(ctx, "warranties.read");
  return claimPage(ctx, input);
}

export async function ownClaimsPage(ctx: PartnerCtx, input: Partial<ClaimListQuery> = {}): Promise<ListPage<ClaimRow>> {
  authorize(ctx, "ownWarranties.read");
  return claimPage(ctx, input);
}

export type Option = { value: string; label: string };

/** What the policy form and the list filters choose from: partners, serial-tracked products, families. */
export async function warrantyOptions(ctx: VendorCtx): Promise<{ partners: Option[]; products: Option[]; families: Option[] }> {
  authorize(ctx, "warranties.read");
  const [partners, products, families] = await withReadScope(scopeOf(ctx), (tx) =>
    Promise.all([
      tx.partner.findMany({ where: { tenantId: ctx.tenantId, status: { not: "OFFBOARDED" } }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 500, select: { id: true, name: true } }),
      tx.product.findMany({ where: { tenantId: ctx.tenantId, serialTracked: true }, orderBy: [{ sku: "asc" }], take: 500, select: { id: true, sku: true, nameEn: true, nameEs: true } }),
      tx.productFamily.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ nameEn: "asc" }], take: 500, select: { id: true, nameEn: true, nameEs: true } }),
    ]),
  );
  const es = ctx.user.locale === "es";
  return {
    partners: partners.map((p) => ({ value: p.id, label: p.name })),
    products: products.map((p) => ({ value: p.id, label: `${p.sku} · ${es ? p.nameEs : p.nameEn}` })),
    families: families.map((f) => ({ value: f.id, label: es ? f.nameEs : f.nameEn })),
  };
}
