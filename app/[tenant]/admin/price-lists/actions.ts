"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { archivePriceList, publishPriceList } from "@/lib/pricing/publish";
import { scanPricesNow } from "@/lib/pricing/scan";
import {
  archivePriceListSchema,
  createPriceListSchema,
  priceEntrySchema,
  pricingSettingsSchema,
  publishPriceListSchema,
  removePriceEntrySchema,
  updatePriceListSchema,
} from "@/lib/pricing/schema";
import { createPriceList, removePriceEntry, setPriceEntry, updatePriceList } from "@/lib/pricing/service";
import { updatePricingSettings } from "@/lib/pricing/versions";
import { z } from "zod";

const listsPath = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/price-lists`;
const listPath = (ctx: VendorCtx, result: { listId: string }) => `${listsPath(ctx)}/${result.listId}`;
const findingsPath = (ctx: VendorCtx) => `${listsPath(ctx)}/findings`;

export const createPriceListAction = vendorAction(
  "pricing.manage",
  createPriceListSchema,
  async (ctx, input) => ({ listId: (await createPriceList(ctx, input)).id }),
  { revalidate: listsPath, redirectTo: listPath },
);

export const updatePriceListAction = vendorAction("pricing.manage", updatePriceListSchema, (ctx, input) => updatePriceList(ctx, input), {
  success: "pricing.form.saved",
  revalidate: listPath,
});

export const setPriceEntryAction = vendorAction("pricing.manage", priceEntrySchema, (ctx, input) => setPriceEntry(ctx, input), {
  success: "pricing.entry.saved",
  revalidate: listPath,
});

export const removePriceEntryAction = vendorAction("pricing.manage", removePriceEntrySchema, (ctx, input) => removePriceEntry(ctx, input), {
  revalidate: listPath,
});

export const publishPriceListAction = vendorAction("pricing.manage", publishPriceListSchema, (ctx, input) => publishPriceList(ctx, input), {
  success: "pricing.publish.published",
  revalidate: listPath,
});

export const archivePriceListAction = vendorAction("pricing.manage", archivePriceListSchema, (ctx, input) => archivePriceList(ctx, input), {
  success: "pricing.archive.archived",
  revalidate: listPath,
});

export const updatePricingSettingsAction = vendorAction("pricing.manage", pricingSettingsSchema, (ctx, input) => updatePricingSettings(ctx, input), {
  success: "pricing.settings.saved",
  revalidate: findingsPath,
});

export const scanPricesAction = vendorAction("pricing.manage", z.object({}), (ctx) => scanPricesNow(ctx), {
  success: "pricing.findings.scanned",
  revalidate: findingsPath,
});
