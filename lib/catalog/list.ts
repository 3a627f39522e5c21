import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { containsText } from "@/lib/db/like";
import { withScope, type Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { productListQuery, type ProductListQuery, type ProductSort } from "./schema";
import { visibleProducts } from "./scope";
import type { ProductExportItem, ProductListItem } from "./types";

// Every sort and filter has an index (prisma/schema/catalog.prisma): names per language,
// SKU, created, status, brand, family; trigram indexes for `q` on SKU and both names.
const ORDER: Record<ProductSort, (dir: "asc" | "desc", locale: string) => Prisma.ProductOrderByWithRelationInput> = {
  name: (dir, locale) => (locale === "es" ? { nameEs: dir } : { nameEn: dir }),
  sku: (dir) => ({ sku: dir }),
  created: (dir) => ({ createdAt: dir }),
};

export const PRODUCT_ROW = {
  id: true,
  sku: true,
  nameEn: true,
  nameEs: true,
  status: true,
  unit: true,
  packSize: true,
  configurable: true,
  serialTracked: true,
  createdAt: true,
  brand: { select: { id: true, name: true } },
  family: { select: { id: true, nameEn: true, nameEs: true } },
  images: { select: { fileId: true }, orderBy: { position: "asc" }, take: 1 },
} as const satisfies Prisma.ProductSelect;

export function productItem(row: Prisma.ProductGetPayload<{ select: typeof PRODUCT_ROW }>): ProductListItem {
  const { images, ...rest } = row;
  return { ...rest, imageFileId: images[0]?.fileId ?? null };
}

/** The text filter: SKU or either name contains the typed text. */
export function productText(q: string | undefined): Prisma.ProductWhereInput {
  if (!q) return {};
  const filter = containsText(q);
  return { OR: [{ sku: filter }, { nameEn: filter }, { nameEs: filter }] };
}

function productWhere(ctx: TenantCtx, query: ProductListQuery, asOf?: Date): Prisma.ProductWhereInput {
  return {
    AND: [
      visibleProducts(ctx),
      // the portal shows active products only, whatever the URL says
      query.status && ctx.audience === "vendor" ? { status: query.status } : {},
      query.brand ? { brandId: query.brand } : {},
      query.family ? { familyId: query.family } : {},
      productText(query.q),
      asOf ? { createdAt: { lte: asOf } } : {},
    ],
  };
}

const orderOf = (query: ProductListQuery, locale: string) => [ORDER[query.sort.id](direction(query.sort), locale), { id: "asc" as const }];

async function rows(tx: Tx, where: Prisma.ProductWhereInput, query: ProductListQuery, locale: string, window: { skip: number; take: number }) {
  const found = await tx.product.findMany({ where, orderBy: orderOf(query, locale), ...window, select: PRODUCT_ROW });
  return found.map(productItem);
}

const EXPORT_ROW = { ...PRODUCT_ROW, descriptionEn: true, descriptionEs: true } as const satisfies Prisma.ProductSelect;

const fullQuery = (input: Partial<ProductListQuery>): ProductListQuery => ({ ...productListQuery.parse({}), ...input });

async function page(ctx: TenantCtx, input: Partial<ProductListQuery>, locale: string): Promise<ListPage<ProductListItem>> {
  const query = fullQuery(input);
  const where = productWhere(ctx, query);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [found, total] = await Promise.all([rows(tx, where, query, locale, pageWindow(query)), tx.product.count({ where })]);
    return { rows: found, total, page: query.page, pageSize: query.pageSize };
  });
}


/** Vendor: the whole catalog, filtered by status, brand, family or text; names sorted in `locale`. */
export async function listProducts(ctx: VendorCtx, input: Partial<ProductListQuery> = {}, locale = "en"): Promise<ListPage<ProductListItem>> {
  authorize(ctx, "catalog.read");
  return page(ctx, input, locale);
}

/** Vendor: the filtered catalog for the CSV export, with descriptions (the file imports back as it is). */
export function exportProducts(ctx: VendorCtx, input: Partial<ProductListQuery>, locale = "en"): AsyncIterable<ProductExportItem> {
  authorize(ctx, "catalog.read");
  const query = fullQuery(input);
  const where = productWhere(ctx, query, new Date());
  return inBatches((window) =>
    withScope(scopeOf(ctx), async (tx) =>
      (await tx.product.findMany({ where, orderBy: orderOf(query, locale), ...window, select: EXPORT_ROW })).map((row) => {
        const { descriptionEn, descriptionEs, ...rest } = row;
        return { ...productItem(rest), descriptionEn, descriptionEs };
      }),
    ),
  );
}

/** Portal: the active catalog. */
export async function listCatalog(ctx: PartnerCtx, input: Partial<ProductListQuery> = {}, locale = "en"): Promise<ListPage<ProductListItem>> {
  authorize(ctx, "partnerCatalog.read");
  return page(ctx, input, locale);
}
