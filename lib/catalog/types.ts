import type { ImportProblem } from "@/lib/csv/import";
import type { ProductStatusValue, ProductUnitValue } from "./schema";

/** A brand as pickers, filters and the brands page show it. */
export type BrandItem = { id: string; name: string; products: number };

/** A family with its names in both languages. */
export type FamilyItem = { id: string; nameEn: string; nameEs: string; products: number };

/** One row of a product list (back office or portal catalog). */
export type ProductListItem = {
  id: string;
  sku: string;
  nameEn: string;
  nameEs: string;
  status: ProductStatusValue;
  unit: ProductUnitValue;
  packSize: number;
  configurable: boolean;
  serialTracked: boolean;
  brand: { id: string; name: string } | null;
  family: { id: string; nameEn: string; nameEs: string } | null;
  /** the first image's file id (thumbnail), if any */
  imageFileId: string | null;
  createdAt: Date;
};

/** A row of the catalog's CSV export. */
export type ProductExportItem = ProductListItem & { descriptionEn: string | null; descriptionEs: string | null };

export type ProductImageItem = { id: string; fileId: string; name: string; position: number };

/** A product page: everything a partner may see of it. */
export type ProductDetail = Omit<ProductListItem, "imageFileId"> & {
  descriptionEn: string | null;
  descriptionEs: string | null;
  images: ProductImageItem[];
  version: number;
  updatedAt: Date;
};

/** The vendor's cost and floor of a product in one currency (never sent to a portal). */
export type ProductCostItem = { currency: string; costMinor: bigint | null; floorMinor: bigint | null };

export type ProductTransition = { to: ProductStatusValue; action: "activate" | "discontinue" | "reactivate" };

export type ProductImportReport = {
  /** data rows read */
  total: number;
  /** products the file creates / updates (or would have, when it was refused) */
  created: number;
  updated: number;
  brandsCreated: number;
  familiesCreated: number;
  /** whether the file was written (no problems: all or nothing) */
  written: boolean;
  problems: ImportProblem[];
  ignoredHeaders: string[];
};
