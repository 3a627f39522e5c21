import type { ProductStatusValue } from "@/lib/catalog/schema";
import type { Contradiction } from "./contradictions";
import type { ConfigModel, Named, Selection } from "./model";
import type { ConfigurationPrice } from "./pricing";
import type { Violation } from "./validate";

/** The product a configurator belongs to. */
export type ConfiguratorProduct = Named & { id: string; sku: string; status: ProductStatusValue; configurable: boolean };

/** A product's configurator as its screens read it. */
export type ConfiguratorView = {
  product: ConfiguratorProduct;
  model: ConfigModel;
  /** vendor only: contradictions of the stored rules (empty: saving refuses any) */
  contradictions: Contradiction[];
};

/** A selection checked and priced for one partner, today, in the tenant's currency. */
export type ConfigurationQuote = {
  partner: { id: string; name: string };
  date: string;
  quantity: number;
  selection: Selection;
  violations: Violation[];
  price: ConfigurationPrice;
};

/** The successful price kept with a saved configuration. */
export type PricedConfiguration = Extract<ConfigurationPrice, { ok: true }>;

/** One row of a partner's saved configurations. */
export type SavedConfigurationItem = {
  id: string;
  name: string;
  product: Named & { id: string; sku: string };
  quantity: number;
  currency: string;
  unitPriceMinor: bigint;
  totalMinor: bigint;
  createdAt: Date;
  createdByName: string | null;
};

/** A saved configuration with its choices and the price computed when it was saved. */
export type SavedConfigurationDetail = SavedConfigurationItem & {
  selection: Selection;
  price: PricedConfiguration;
  /** the configurator changed since: the choices may no longer be valid or priced the same */
  outdated: boolean;
};
