import "server-only";
import { authorize, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { changeProductStatusSchema, createProductSchema } from "@/lib/catalog/schema";
import { changeProductStatus, createProduct } from "@/lib/catalog/service";
import type { GroupKind, RuleKind } from "@/lib/configurator/model";
import { vendorConfigurator } from "@/lib/configurator/quote";
import { saveConfiguration } from "@/lib/configurator/saved";
import { bundleItemSchema, optionGroupSchema, optionSchema, ruleSchema, saveConfigurationSchema } from "@/lib/configurator/schema";
import { addBundleItem, addRule, saveOption, saveOptionGroup } from "@/lib/configurator/service";
import type { DemoProduct } from "./demo-catalog";

/**
 * Demo configurators, through the services. Acme (English, USD): the modular chassis router
 * with a choose-one power supply, line cards by quantity, choose-many licences and services,
 * a requires rule (SD-WAN needs redundant power), an excludes rule (the two security terms)
 * and a maximum (one power supply feeds two 10G cards at most); a branch starter kit bundle;
 * Northwind's saved configuration. Globex (Spanish, EUR): an automation kit that is a bundle
 * with options and rules, and Iberia Tech's saved configuration.
 */

type Option = readonly [en: string, es: string, adder: string, sku?: string];
type Group = { key: string; en: string; es: string; kind: GroupKind; required?: boolean; min?: number; max?: number; options: Record<string, Option> };
type Rule = readonly [RuleKind, string, string, number?];
type Spec = { groups: Group[]; rules: Rule[]; bundle?: readonly (readonly [string, number])[] };

/** Builds a product's configurator from a spec; returns option ids by key. */
async function build(ctx: VendorCtx, productId: string, spec: Spec): Promise<Map<string, string>> {
  const version = async () => (await vendorConfigurator(ctx, productId)).model.version;
  const ids = new Map<string, string>();
  for (const group of spec.groups) {
    await saveOptionGroup(
      ctx,
      optionGroupSchema.parse({ productId, version: await version(), nameEn: group.en, nameEs: group.es, kind: group.kind, required: group.required ?? false, minPicks: group.min ?? "", maxPicks: group.max ?? "" }),
    );
    const groupId = (await vendorConfigurator(ctx, productId)).model.groups.at(-1)!.id;
    for (const [key, [en, es, adder, sku]] of Object.entries(group.options)) {
      await saveOption(ctx, optionSchema.parse({ productId, version: await version(), groupId, nameEn: en, nameEs: es, adder, currency: ctx.tenant.currency, sku: sku ?? "" }));
      ids.set(key, (await vendorConfigurator(ctx, productId)).model.groups.find((g) => g.id === groupId)!.options.at(-1)!.id);
    }
  }
  for (const [kind, option, target, quantity] of spec.rules) {
    await addRule(ctx, ruleSchema.parse({ productId, version: await version(), kind, optionId: ids.get(option), targetOptionId: ids.get(target), quantity: quantity ?? "" }));
  }
  for (const [sku, quantity] of spec.bundle ?? []) await addBundleItem(ctx, bundleItemSchema.parse({ productId, version: await version(), sku, quantity }));
  return ids;
}

/** A new active configurable product (a bundle priced from its components has no list price of its own). */
async function configurableProduct(ctx: VendorCtx, sku: string, nameEn: string, nameEs: string, descriptionEn: string, descriptionEs: string): Promise<string> {
  const { id } = await createProduct(ctx, createProductSchema.parse({ sku, nameEn, nameEs, descriptionEn, descriptionEs, unit: "EACH", packSize: "1", configurable: "on" }));
  await changeProductStatus(ctx, changeProductStatusSchema.parse({ productId: id, from: "DRAFT", to: "ACTIVE" }));
  return id;
}

const ROUTER: Spec = {
  groups: [
    { key: "psu", en: "Power supply", es: "Fuente de alimentación", kind: "ONE", required: true, options: { single: ["Single power supply", "Fuente única", "0.00"], redundant: ["Redundant power supplies", "Fuentes redundantes", "189.00", "PSU-150"] } },
    { key: "cards", en: "Line cards", es: "Tarjetas de línea", kind: "QUANTITY", required: true, min: 1, max: 8, options: { copper: ["8 × 1G copper card", "Tarjeta 8 × 1G cobre", "450.00"], fibre: ["4 × 10G SFP+ card", "Tarjeta 4 × 10G SFP+", "1200.00"] } },
    {
      key: "licences",
      en: "Licences",
      es: "Licencias",
      kind: "MANY",
      max: 2,
      options: { sec1: ["Security subscription, 1 year", "Suscripción de seguridad, 1 año", "199.00", "LIC-SEC-1Y"], sec3: ["Security subscription, 3 years", "Suscripción de seguridad, 3 años", "499.00", "LIC-SEC-3Y"], sdwan: ["SD-WAN licence", "Licencia SD-WAN", "349.00", "LIC-SDWAN"] },
    },
    { key: "services", en: "Services", es: "Servicios", kind: "MANY", options: { rack: ["Rack mounting kit", "Kit de montaje en rack", "29.00", "CBL-RACK"], install: ["On-site installation, 4 hours", "Instalación en sitio, 4 horas", "380.00", "SVC-INSTALL"] } },
  ],
  rules: [
    ["REQUIRES", "sdwan", "redundant"],
    ["EXCLUDES", "sec1", "sec3"],
    ["MAX_QUANTITY", "single", "fibre", 2],
  ],
};

const STARTER_KIT: Spec = {
  groups: [{ key: "support", en: "Support", es: "Soporte", kind: "ONE", options: { nbd: ["Next-business-day support, 1 year", "Soporte al día hábil siguiente, 1 año", "129.00", "SVC-SUPPORT"] } }],
  rules: [],
  bundle: [["RTR-100", 1], ["SW-8", 1], ["AP-200", 2]],
};

export async function seedAcmeConfigurator(ctx: VendorCtx, products: ReadonlyMap<string, DemoProduct>, northwind: PartnerCtx): Promise<void> {
  authorize(ctx, "catalog.manage");
  const router = products.get("RTR-MOD")!.id;
  const ids = await build(ctx, router, ROUTER);
  const kit = await configurableProduct(ctx, "KIT-BRANCH", "Branch office starter kit", "Kit de inicio para sucursal", "A branch router, an 8-port switch and two access points, priced as their parts.", "Un enrutador de sucursal, un conmutador de 8 puertos y dos puntos de acceso, con el precio de sus partes.");
  await build(ctx, kit, STARTER_KIT);
  const selection = { [ids.get("redundant")!]: 1, [ids.get("fibre")!]: 2, [ids.get("sdwan")!]: 1, [ids.get("sec3")!]: 1, [ids.get("rack")!]: 1 };
  await saveConfiguration(northwind, saveConfigurationSchema.parse({ productId: router, name: "Chicago data centre edge", quantity: "3", selection }), "en");
}

const AUTOMATION_KIT: Spec = {
  groups: [
    { key: "mount", en: "Mounting", es: "Montaje", kind: "ONE", required: true, options: { din: ["DIN rail", "Carril DIN", "0.00"], cabinet: ["IP65 cabinet", "Armario IP65", "149.00"] } },
    { key: "sensors", en: "Sensors", es: "Sensores", kind: "QUANTITY", max: 10, options: { temp: ["Temperature sensor (box of 10)", "Sensor de temperatura (caja de 10)", "84.00", "GX-TMP"], prox: ["Proximity sensor", "Sensor de proximidad", "23.90", "GX-PRX"] } },
    { key: "software", en: "Software", es: "Software", kind: "MANY", options: { basic: ["SCADA licence, basic", "Licencia SCADA básica", "290.00"], advanced: ["SCADA licence, advanced", "Licencia SCADA avanzada", "690.00"] } },
  ],
  rules: [
    ["REQUIRES", "advanced", "cabinet"],
    ["EXCLUDES", "basic", "advanced"],
    ["MAX_QUANTITY", "din", "temp", 4],
  ],
  bundle: [["GX-PLC-S", 1], ["GX-PSU-60", 1], ["GX-REL-24", 4]],
};

export async function seedGlobexConfigurator(ctx: VendorCtx, iberia: PartnerCtx): Promise<void> {
  authorize(ctx, "catalog.manage");
  const kit = await configurableProduct(ctx, "GX-KIT-AUTO", "Automation kit", "Kit de automatización", "PLC, power supply and relays, with mounting, sensors and software chosen in the configurator.", "Autómata, fuente y relés, con montaje, sensores y software elegidos en el configurador.");
  const ids = await build(ctx, kit, AUTOMATION_KIT);
  const selection = { [ids.get("cabinet")!]: 1, [ids.get("temp")!]: 2, [ids.get("prox")!]: 6, [ids.get("advanced")!]: 1 };
  await saveConfiguration(iberia, saveConfigurationSchema.parse({ productId: kit, name: "Línea de envasado Bilbao", quantity: "2", selection }), "es");
}
