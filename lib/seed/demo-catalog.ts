import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { authorize, systemCtx, type VendorCtx } from "@/lib/auth/context";
import { addProductImage, setProductCost } from "@/lib/catalog/media";
import { changeProductStatusSchema, createProductSchema, productCostSchema } from "@/lib/catalog/schema";
import { changeProductStatus, createProduct } from "@/lib/catalog/service";
import { createBrand, createFamily } from "@/lib/catalog/taxonomy";
import { uploadSystemFile } from "@/lib/files/service";
import { multiply, parseAmount, toDecimalString } from "@/lib/money";

/**
 * Demo catalogs, through the services: Acme's ~30 products in six families and three
 * brands (both languages, one configurable product, serial-tracked hardware, drafts and a
 * discontinued product, pictures, cost and floor per product); Globex's smaller catalog.
 * Prices live in ./demo-prices.ts.
 */

type Row = {
  sku: string;
  en: string;
  es: string;
  family: string;
  brand: string;
  unit?: string;
  pack?: number;
  serial?: boolean;
  configurable?: boolean;
  /** base unit price in the tenant's currency ("149.00") */
  price: string;
  status?: "DRAFT" | "ACTIVE" | "DISCONTINUED";
  picture?: string;
  descriptionEn?: string;
  descriptionEs?: string;
};

export type DemoProduct = { id: string; sku: string; price: string; status: string };

const ACME_FAMILIES = [
  ["Routers", "Enrutadores"],
  ["Switches", "Conmutadores"],
  ["Wireless", "Inalámbricos"],
  ["Cables and accessories", "Cables y accesorios"],
  ["Software licences", "Licencias de software"],
  ["Services", "Servicios"],
] as const;

const ACME_PRODUCTS: Row[] = [
  { sku: "RTR-100", en: "Branch router 100", es: "Enrutador de sucursal 100", family: "Routers", brand: "Acme Networks", serial: true, price: "149.00", picture: "product-router.png", descriptionEn: "Dual-WAN router for small branches, 4 gigabit ports.", descriptionEs: "Enrutador doble WAN para sucursales pequeñas, 4 puertos gigabit." },
  { sku: "RTR-500", en: "Edge router 500", es: "Enrutador de borde 500", family: "Routers", brand: "Acme Networks", serial: true, price: "449.00", picture: "product-router.png", descriptionEn: "Edge router with 8 ports and hardware VPN.", descriptionEs: "Enrutador de borde con 8 puertos y VPN por hardware." },
  { sku: "RTR-900", en: "Core router 900", es: "Enrutador troncal 900", family: "Routers", brand: "Acme Networks", serial: true, price: "2890.00" },
  { sku: "RTR-MOD", en: "Modular chassis router", es: "Enrutador de chasis modular", family: "Routers", brand: "Acme Networks", serial: true, configurable: true, price: "3990.00", descriptionEn: "Chassis with line cards, power supplies and licences chosen in the configurator.", descriptionEs: "Chasis con tarjetas de línea, fuentes y licencias elegidas en el configurador." },
  { sku: "RTR-050", en: "Home office router 50", es: "Enrutador de teletrabajo 50", family: "Routers", brand: "Acme Networks", serial: true, price: "79.00", status: "DISCONTINUED" },
  { sku: "SW-8", en: "Switch 8 ports", es: "Conmutador de 8 puertos", family: "Switches", brand: "Acme Networks", serial: true, price: "89.00", picture: "product-switch.png" },
  { sku: "SW-24", en: "Switch 24 ports", es: "Conmutador de 24 puertos", family: "Switches", brand: "Acme Networks", serial: true, price: "299.00", picture: "product-switch.png" },
  { sku: "SW-48", en: "Switch 48 ports", es: "Conmutador de 48 puertos", family: "Switches", brand: "Acme Networks", serial: true, price: "549.00", picture: "product-switch.png" },
  { sku: "SW-48P", en: "Switch 48 ports PoE+", es: "Conmutador de 48 puertos PoE+", family: "Switches", brand: "Acme Networks", serial: true, price: "899.00" },
  { sku: "SW-AGG", en: "Aggregation switch 10G", es: "Conmutador de agregación 10G", family: "Switches", brand: "Acme Networks", serial: true, price: "1890.00" },
  { sku: "AP-200", en: "Indoor access point", es: "Punto de acceso interior", family: "Wireless", brand: "Voltline", serial: true, price: "129.00", picture: "product-access-point.png" },
  { sku: "AP-400", en: "Wi-Fi 7 access point", es: "Punto de acceso Wi-Fi 7", family: "Wireless", brand: "Voltline", serial: true, price: "279.00", picture: "product-access-point.png" },
  { sku: "AP-OUT", en: "Outdoor access point", es: "Punto de acceso exterior", family: "Wireless", brand: "Voltline", serial: true, price: "349.00" },
  { sku: "AP-CTRL", en: "Wireless controller", es: "Controlador inalámbrico", family: "Wireless", brand: "Voltline", serial: true, price: "990.00" },
  { sku: "AP-MESH", en: "Mesh kit (3 units)", es: "Kit mallado (3 unidades)", family: "Wireless", brand: "Voltline", unit: "PACK", pack: 3, price: "399.00", status: "DRAFT" },
  { sku: "CBL-C6-3", en: "Cat6 patch cable 3 m", es: "Latiguillo Cat6 de 3 m", family: "Cables and accessories", brand: "Voltline", unit: "BOX", pack: 24, price: "59.00" },
  { sku: "CBL-C6A-305", en: "Cat6A cable reel 305 m", es: "Bobina de cable Cat6A de 305 m", family: "Cables and accessories", brand: "Voltline", unit: "METER", price: "0.95" },
  { sku: "CBL-SFP-LR", en: "SFP+ module LR", es: "Módulo SFP+ LR", family: "Cables and accessories", brand: "Acme Networks", price: "119.00" },
  { sku: "CBL-RACK", en: "Rack mounting kit", es: "Kit de montaje en rack", family: "Cables and accessories", brand: "Acme Networks", price: "29.00" },
  { sku: "PSU-150", en: "Redundant power supply 150 W", es: "Fuente redundante de 150 W", family: "Cables and accessories", brand: "Acme Networks", serial: true, price: "189.00" },
  { sku: "LIC-SEC-1Y", en: "Security subscription, 1 year", es: "Suscripción de seguridad, 1 año", family: "Software licences", brand: "Cirrus Cloud", unit: "LICENSE", price: "199.00" },
  { sku: "LIC-SEC-3Y", en: "Security subscription, 3 years", es: "Suscripción de seguridad, 3 años", family: "Software licences", brand: "Cirrus Cloud", unit: "LICENSE", price: "499.00" },
  { sku: "LIC-MGMT", en: "Cloud management, per device", es: "Gestión en la nube, por equipo", family: "Software licences", brand: "Cirrus Cloud", unit: "SUBSCRIPTION_MONTH", price: "4.90" },
  { sku: "LIC-SDWAN", en: "SD-WAN licence", es: "Licencia SD-WAN", family: "Software licences", brand: "Cirrus Cloud", unit: "LICENSE", price: "349.00" },
  { sku: "LIC-ANALYTICS", en: "Network analytics add-on", es: "Complemento de analítica de red", family: "Software licences", brand: "Cirrus Cloud", unit: "LICENSE", price: "149.00", status: "DRAFT" },
  { sku: "SVC-INSTALL", en: "On-site installation", es: "Instalación en sitio", family: "Services", brand: "Acme Networks", unit: "HOUR", price: "95.00" },
  { sku: "SVC-SUPPORT", en: "Next-business-day support, 1 year", es: "Soporte al día hábil siguiente, 1 año", family: "Services", brand: "Acme Networks", unit: "LICENSE", price: "129.00" },
  { sku: "SVC-TRAIN", en: "Certification training seat", es: "Plaza de formación para certificación", family: "Services", brand: "Acme Networks", unit: "EACH", price: "690.00" },
  { sku: "SVC-SURVEY", en: "Wireless site survey", es: "Estudio de cobertura inalámbrica", family: "Services", brand: "Voltline", unit: "EACH", price: "850.00" },
  { sku: "SVC-DESIGN", en: "Network design workshop", es: "Taller de diseño de red", family: "Services", brand: "Acme Networks", unit: "HOUR", price: "150.00" },
];

const GLOBEX_FAMILIES = [
  ["Components", "Componentes"],
  ["Sensors", "Sensores"],
] as const;

const GLOBEX_PRODUCTS: Row[] = [
  { sku: "GX-REL-24", en: "Industrial relay 24 V", es: "Relé industrial de 24 V", family: "Components", brand: "Globex", price: "12.40" },
  { sku: "GX-PLC-S", en: "Compact PLC", es: "Autómata compacto", family: "Components", brand: "Globex", serial: true, price: "389.00" },
  { sku: "GX-PSU-60", en: "DIN power supply 60 W", es: "Fuente de carril DIN de 60 W", family: "Components", brand: "Globex", price: "46.50" },
  { sku: "GX-TMP", en: "Temperature sensor", es: "Sensor de temperatura", family: "Sensors", brand: "Globex", unit: "BOX", pack: 10, price: "84.00" },
  { sku: "GX-PRX", en: "Proximity sensor", es: "Sensor de proximidad", family: "Sensors", brand: "Globex", price: "23.90" },
];

const ASSETS = path.join(process.cwd(), "prisma", "seed-assets");

async function picture(ctx: VendorCtx, name: string): Promise<string> {
  const bytes = readFileSync(path.join(ASSETS, name));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
  return (await uploadSystemFile(systemCtx(ctx.tenantId), { purpose: "product.image", name, declaredSize: bytes.length, body })).id;
}

async function seedCatalog(ctx: VendorCtx, families: readonly (readonly [string, string])[], rows: Row[]): Promise<Map<string, DemoProduct>> {
  authorize(ctx, "catalog.manage");
  const familyIds = new Map<string, string>();
  for (const [nameEn, nameEs] of families) familyIds.set(nameEn, (await createFamily(ctx, { nameEn, nameEs })).id);
  const brandIds = new Map<string, string>();
  for (const name of new Set(rows.map((r) => r.brand))) brandIds.set(name, (await createBrand(ctx, { name })).id);
  const products = new Map<string, DemoProduct>();
  for (const row of rows) {
    const { id } = await createProduct(
      ctx,
      createProductSchema.parse({
        sku: row.sku,
        nameEn: row.en,
        nameEs: row.es,
        descriptionEn: row.descriptionEn ?? "",
        descriptionEs: row.descriptionEs ?? "",
        brandId: brandIds.get(row.brand),
        familyId: familyIds.get(row.family),
        unit: row.unit ?? "EACH",
        packSize: String(row.pack ?? 1),
        serialTracked: row.serial ?? false,
        configurable: row.configurable ?? false,
      }),
    );
    const status = row.status ?? "ACTIVE";
    if (status !== "DRAFT") await changeProductStatus(ctx, changeProductStatusSchema.parse({ productId: id, from: "DRAFT", to: "ACTIVE" }));
    if (status === "DISCONTINUED") {
      await changeProductStatus(ctx, changeProductStatusSchema.parse({ productId: id, from: "ACTIVE", to: "DISCONTINUED", reason: "Replaced by the Branch router 100" }));
    }
    if (row.picture) await addProductImage(ctx, { productId: id, fileId: await picture(ctx, row.picture) });
    // cost about 55 % and floor about 70 % of the base price: the guard's limits
    const currency = ctx.tenant.currency;
    const base = parseAmount(row.price, currency);
    await setProductCost(
      ctx,
      productCostSchema.parse({
        productId: id,
        currency,
        cost: toDecimalString(multiply(base, "0.55"), currency),
        floor: toDecimalString(multiply(base, "0.70"), currency),
      }),
    );
    products.set(row.sku, { id, sku: row.sku, price: row.price, status });
  }
  return products;
}

export const seedAcmeCatalog = (ctx: VendorCtx) => seedCatalog(ctx, ACME_FAMILIES, ACME_PRODUCTS);
export const seedGlobexCatalog = (ctx: VendorCtx) => seedCatalog(ctx, GLOBEX_FAMILIES, GLOBEX_PRODUCTS);
