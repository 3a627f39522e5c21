import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope } from "@/lib/db/scope";
import { env } from "@/lib/env";
import { claimFile } from "@/lib/files/claim";
import { releaseFile, removeReleasedBytes, type ReleasedFile } from "@/lib/files/release";
import { brandColors, type BrandColors } from "./colors";
import type { BrandInput } from "./schema";

/** How a workspace presents itself: to partners in the portal, in e-mails and in documents. */
export type TenantBrand = {
  name: string;
  /** The colour the tenant chose, or null (Canal's blue is painted). */
  color: string | null;
  colors: BrandColors;
  logo: {
    fileId: string;
    /** The uploaded file's (cleaned) name. */
    name: string;
    /** Same-site path, for pages (`<img src>`). */
    path: string;
    /** Absolute URL on APP_URL, for e-mails and documents that leave the app. */
    url: string;
  } | null;
};

/** The public address of a tenant's current logo: its file id is in the path, so a new logo is a new URL. */
export function logoPath(slug: string, fileId: string): string {
  return `/${encodeURIComponent(slug)}/brand/logo/${encodeURIComponent(fileId)}`;
}

type BrandRow = {
  name: string;
  slug: string;
  brandColor: string | null;
  logoFileId: string | null;
  logo: { originalName: string } | null;
};

function brandOf(tenant: BrandRow): TenantBrand {
  const path = tenant.logoFileId ? logoPath(tenant.slug, tenant.logoFileId) : null;
  return {
    name: tenant.name,
    color: tenant.brandColor,
    colors: brandColors(tenant.brandColor),
    logo:
      path && tenant.logoFileId
        ? {
            fileId: tenant.logoFileId,
            name: tenant.logo?.originalName ?? "",
            path,
            url: new URL(path, env().APP_URL).toString(),
          }
        : null,
  };
}

const BRAND_FIELDS = {
  name: true,
  slug: true,
  brandColor: true,
  logoFileId: true,
  logo: { select: { originalName: true } },
} as const;

/**
 * The workspace's brand for anything that shows it: the portal and back-office shells,
 * e-mails, and the partner-facing documents of later modules. A brand is public by
 * nature (it is on every e-mail a partner receives), so no permission is needed; any
 * context of the tenant will do.
 */
export async function getTenantBrand(ctx: { tenantId: string }): Promise<TenantBrand> {
  const tenant = await withScope({ audience: "system", tenantId: ctx.tenantId }, (tx) =>
    tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: BRAND_FIELDS }),
  );
  return brandOf(tenant);
}

/**
 * Saves the brand card: the colour, and the logo — a new upload is claimed (it must be a
 * "tenant.logo" file of this tenant), the logo it replaces (or removes) is deleted in the
 * same transaction, both audited.
 */
export async function updateBrand(ctx: VendorCtx, input: BrandInput): Promise<TenantBrand> {
  authorize(ctx, "tenant.manage");
  let released: ReleasedFile | null = null;
  const brand = await withScope(scopeOf(ctx), async (tx) => {
    // Two tabs saving at once: the second waits here and then replaces the first's logo,
    // instead of both reading the same "previous logo" and one failing to delete it.
    await tx.$executeRaw`SELECT 1 FROM "Tenant" WHERE "id" = ${ctx.tenantId} FOR UPDATE`;
    const before = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: BRAND_FIELDS });
    if (input.logoFileId && input.logoFileId !== before.logoFileId) {
      await claimFile(tx, ctx, { fileId: input.logoFileId, purpose: "tenant.logo", field: "logoFileId" });
    }
    const after = await tx.tenant.update({
      where: { id: ctx.tenantId },
      data: { brandColor: input.brandColor, logoFileId: input.logoFileId },
      select: BRAND_FIELDS,
    });
    if (before.logoFileId && before.logoFileId !== input.logoFileId)
      released = await releaseFile(tx, ctx, before.logoFileId);
    await recordAudit(tx, ctx, {
      action: "tenant.brandUpdated",
      entityType: "Tenant",
      entityId: ctx.tenantId,
      before: { brandColor: before.brandColor, logoFileId: before.logoFileId },
      after: { brandColor: after.brandColor, logoFileId: after.logoFileId },
    });
    return brandOf(after);
  });
  if (released) await removeReleasedBytes(ctx, released);
  return brand;
}
