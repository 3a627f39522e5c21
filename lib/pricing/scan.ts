import { withReadScope } from "@/lib/db/read";
import "server-only";
import { todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, systemCtx, type VendorCtx } from "@/lib/auth/context";
import { usersWithPermission } from "@/lib/auth/holders";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { publishEvent } from "@/lib/notify/publish";
import { guardInput } from "./checks";
import { checkPrices, type PriceFindingDetail } from "./guard";
import { findingListQuery, type FindingListQuery } from "./schema";
import type { PriceFindingItem } from "./types";

/**
 * The scheduled consistency scan (job `pricing.scan`, ./jobs.ts): every tenant with live
 * lists is checked whole, as Canal itself. A finding is one row per problem (its `key`):
 * found again, it is kept open (lastSeenAt); gone, it is RESOLVED; new ones are alerted to
 * the people who manage prices. Safe to rerun: a second run the same day finds the same
 * keys and alerts nothing new.
 */
export async function scanAllTenants(now: Date = new Date()): Promise<{ tenants: number; found: number; opened: number; resolved: number }> {
  const tenants = await withScope({ audience: "worker" }, (tx) =>
    tx.priceListVersion.findMany({ where: { live: true }, distinct: ["tenantId"], select: { tenantId: true } }),
  );
  const total = { tenants: tenants.length, found: 0, opened: 0, resolved: 0 };
  for (const { tenantId } of tenants) {
    const result = await withScope({ audience: "system", tenantId }, (tx) => scanTenant(tx, tenantId, now));
    total.found += result.found;
    total.opened += result.opened;
    total.resolved += result.resolved;
  }
  return total;
}

export async function scanTenant(tx: Tx, tenantId: string, now: Date): Promise<{ found: number; opened: number; resolved: number }> {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true, timeZone: true } });
  const findings = checkPrices(await guardInput(tx, tenantId, todayIn(tenant.timeZone, now)));
  const open = await tx.priceFinding.findMany({ where: { tenantId, status: "OPEN" }, select: { id: true, key: true } });
  const openKeys = new Set(open.map((f) => f.key));
  const foundKeys = new Set(findings.map((f) => f.key));
  const fresh = findings.filter((f) => !openKeys.has(f.key));
  const gone = open.filter((f) => !foundKeys.has(f.key));
  for (const finding of findings) {
    const data = {
      kind: finding.kind,
      productId: finding.productId,
      listIds: finding.lists.map((l) => l.id),
      detail: finding as unknown as Prisma.InputJsonValue,
      status: "OPEN" as const,
      lastSeenAt: now,
      resolvedAt: null,
    };
    await tx.priceFinding.upsert({
      where: { tenantId_key: { tenantId, key: finding.key } },
      create: { id: createId("priceFinding"), tenantId, key: finding.key, firstSeenAt: now, ...data },
      update: data,
    });
  }
  if (gone.length) {
    await tx.priceFinding.updateMany({ where: { tenantId, id: { in: gone.map((f) => f.id) } }, data: { status: "RESOLVED", resolvedAt: now } });
  }
  const ctx = systemCtx(tenantId);
  if (fresh.length || gone.length) {
    await recordAudit(tx, ctx, {
      action: "pricing.scanned",
      entityType: "Tenant",
      entityId: tenantId,
      after: { found: findings.length, opened: fresh.map((f) => f.key), resolved: gone.length },
    });
  }
  if (fresh.length) {
    const recipients = await usersWithPermission(tx, { tenantId }, "pricing.manage");
    if (recipients.length) {
      await publishEvent(tx, {
        tenantId,
        type: "pricing.findingsFound",
        payload: {
          recipients: recipients.map((userId) => ({ userId })),
          link: `/${tenant.slug}/admin/price-lists/findings`,
          params: { tenant: tenant.name, count: String(fresh.length) },
        },
      });
    }
  }
  return { found: findings.length, opened: fresh.length, resolved: gone.length };
}

/** Vendor: the scan's findings, open ones first by default. */
export async function listPriceFindings(ctx: VendorCtx, input: Partial<FindingListQuery> = {}): Promise<ListPage<PriceFindingItem>> {
  authorize(ctx, "pricing.read");
  const query = { ...findingListQuery.parse({}), ...input };
  const where: Prisma.PriceFindingWhereInput = {
    tenantId: ctx.tenantId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
  };
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, total] = await Promise.all([
      tx.priceFinding.findMany({
        where,
        orderBy: [{ status: "asc" }, { lastSeenAt: direction(query.sort) }, { id: "asc" }],
        ...pageWindow(query),
        select: { id: true, status: true, detail: true, firstSeenAt: true, lastSeenAt: true, resolvedAt: true },
      }),
      tx.priceFinding.count({ where }),
    ]);
    return {
      rows: rows.map((row) => ({ ...row, detail: row.detail as unknown as PriceFindingDetail })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/** Vendor: runs the scan of this tenant now (the findings page's "check now"). */
export async function scanPricesNow(ctx: VendorCtx): Promise<{ found: number; opened: number; resolved: number }> {
  authorize(ctx, "pricing.manage");
  return withScope(scopeOf(ctx), (tx) => scanTenant(tx, ctx.tenantId, new Date()));
}
