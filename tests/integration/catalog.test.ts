/**
 * Catalog: products with SKUs unique per tenant, the lifecycle table, stale edits, brands
 * and families, pictures and costs, a partner's walls (active products only, never a cost),
 * search, and the all-or-nothing CSV import with its export round trip.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { scopeOf } from "@/lib/auth/context";
import { importProducts } from "@/lib/catalog/import";
import { productLifecycle } from "@/lib/catalog/lifecycle";
import { exportProducts, listCatalog, listProducts } from "@/lib/catalog/list";
import { addProductImage, productCosts, removeProductImage, setProductCost } from "@/lib/catalog/media";
import { changeProductStatusSchema, createProductSchema, productCostSchema, updateProductSchema } from "@/lib/catalog/schema";
import { searchCatalog, searchProducts } from "@/lib/catalog/search";
import { changeProductStatus, createProduct, getCatalogProduct, getProduct, updateProduct } from "@/lib/catalog/service";
import { catalogTaxonomy, createBrand, createFamily, portalTaxonomy, renameBrand } from "@/lib/catalog/taxonomy";
import { withScope } from "@/lib/db/scope";
import { uploadVendorFile } from "@/lib/files/service";
import { csvStream } from "@/lib/lists/csv";
import { productCsvColumns } from "@/lib/catalog/csv";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { bodyOf, png, readAll } from "@/tests/fixtures/files";

let admin: VendorCtx;
let manager: VendorCtx;
let finance: VendorCtx;
let other: VendorCtx;
let partner: PartnerCtx;

let seq = 0;
const sku = (prefix = "TST") => `${prefix}-${Date.now().toString(36).toUpperCase()}-${++seq}`;
/** What the form sends. */
const raw = (overrides: Record<string, unknown> = {}) => ({ sku: sku(), nameEn: "Edge router", nameEs: "Enrutador de borde", unit: "EACH", packSize: "1", ...overrides });
const product = (overrides: Record<string, unknown> = {}) => createProductSchema.parse(raw(overrides));

async function activeProduct(ctx: VendorCtx, overrides: Record<string, unknown> = {}): Promise<string> {
  const { id } = await createProduct(ctx, product(overrides));
  await changeProductStatus(ctx, changeProductStatusSchema.parse({ productId: id, from: "DRAFT", to: "ACTIVE" }));
  return id;
}

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  [manager, finance, partner] = await Promise.all([
    addVendorUser(admin, "CHANNEL_MANAGER"),
    addVendorUser(admin, "FINANCE"),
    createPartnerWithUser(admin, "PARTNER_USER"),
  ]);
});

describe("products", () => {
  it("creates a draft with the SKU in capitals, and refuses the same SKU in any case", async () => {
    const code = sku("abc").toLowerCase();
    const { id } = await createProduct(manager, product({ sku: ` ${code} ` }));
    const created = await getProduct(admin, id);
    expect(created).toMatchObject({ sku: code.toUpperCase(), status: "DRAFT", version: 0, unit: "EACH", packSize: 1 });
    const error = await rejectsWith(createProduct(admin, product({ sku: code })), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ sku: ["catalog.validation.skuTaken"] });
    // another tenant may use the same SKU
    await expect(createProduct(other, product({ sku: code }))).resolves.toMatchObject({ id: expect.any(String) });
  });

  it.each([
    ["a SKU with spaces", { sku: "AB 12" }, "sku"],
    ["no Spanish name", { nameEs: "" }, "nameEs"],
    ["a pack of zero", { packSize: "0" }, "packSize"],
    ["a negative pack", { packSize: "-12" }, "packSize"],
    ["an absurd pack", { packSize: "1000000" }, "packSize"],
    ["a fractional pack", { packSize: "1.5" }, "packSize"],
    ["an unknown unit", { unit: "BARREL" }, "unit"],
  ])("refuses %s", (_label, overrides, field) => {
    const parsed = createProductSchema.safeParse({ sku: "OK-1", nameEn: "Edge router", nameEs: "Enrutador", unit: "EACH", packSize: "1", ...overrides });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it("refuses another tenant's brand or family as a field error", async () => {
    const [brand, family] = await Promise.all([createBrand(other, { name: `Other ${sku()}` }), createFamily(other, { nameEn: `Fam ${sku()}`, nameEs: `Fam ${sku()}` })]);
    const error = await rejectsWith(createProduct(admin, product({ brandId: brand.id, familyId: family.id })), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ brandId: ["catalog.validation.brand"], familyId: ["catalog.validation.family"] });
  });

  it("saves an edit at its version and refuses the stale tab", async () => {
    const { id } = await createProduct(admin, product());
    const { sku: code } = await getProduct(admin, id);
    const edit = (nameEn: string) => updateProductSchema.parse({ ...raw({ nameEn, sku: code }), productId: id, version: 0 });
    const saved = await updateProduct(admin, edit("First tab"));
    expect(saved).toMatchObject({ nameEn: "First tab", version: 1 });
    await rejectsWith(updateProduct(admin, edit("Second tab")), "STALE_EDIT");
    expect((await getProduct(admin, id)).nameEn).toBe("First tab");
  });

  it("another tenant's product is NOT_FOUND everywhere, and nothing changes", async () => {
    const { id } = await createProduct(other, product());
    await rejectsWith(getProduct(admin, id), "NOT_FOUND");
    await rejectsWith(updateProduct(admin, updateProductSchema.parse({ ...raw(), productId: id, version: 0 })), "NOT_FOUND");
    await rejectsWith(changeProductStatus(admin, changeProductStatusSchema.parse({ productId: id, from: "DRAFT", to: "ACTIVE" })), "NOT_FOUND");
    await rejectsWith(setProductCost(admin, productCostSchema.parse({ productId: id, currency: "USD", cost: "1" })), "NOT_FOUND");
    const [row] = await ownerQuery<{ status: string; version: number }>(`SELECT status, version FROM "Product" WHERE id = $1`, [id]);
    expect(row).toEqual({ status: "DRAFT", version: 0 });
  });

  it("roles without catalog.manage are refused", async () => {
    await rejectsWith(createProduct(finance, product()), "FORBIDDEN");
    await expect(listProducts(finance)).resolves.toMatchObject({ page: 1 });
  });
});

describe("lifecycle", () => {
  const all = productLifecycle.states.flatMap((from) => productLifecycle.states.filter((to) => to !== from).map((to) => [from, to] as const));

  it.each(all)("%s → %s follows the table", async (from, to) => {
    const { id } = await createProduct(admin, product());
    // walk to `from` by the table
    const path: Record<string, string[]> = { DRAFT: [], ACTIVE: ["ACTIVE"], DISCONTINUED: ["ACTIVE", "DISCONTINUED"] };
    let at = "DRAFT";
    for (const step of path[from]!) {
      await changeProductStatus(admin, changeProductStatusSchema.parse({ productId: id, from: at, to: step, reason: "setup" }));
      at = step;
    }
    const rule = productLifecycle.rule(from, to);
    const change = changeProductStatus(admin, changeProductStatusSchema.parse({ productId: id, from, to, reason: "because" }));
    if (rule) await expect(change).resolves.toEqual({ productId: id });
    else await rejectsWith(change, "INVALID_TRANSITION");
    expect((await getProduct(admin, id)).status).toBe(rule ? to : from);
  });

  it("discontinuing needs a reason; a page showing an old status is told to reload", async () => {
    const id = await activeProduct(admin);
    await rejectsWith(changeProductStatus(admin, changeProductStatusSchema.parse({ productId: id, from: "ACTIVE", to: "DISCONTINUED", reason: " " })), "REASON_REQUIRED");
    await rejectsWith(changeProductStatus(admin, changeProductStatusSchema.parse({ productId: id, from: "DRAFT", to: "ACTIVE" })), "STALE_EDIT");
    await changeProductStatus(admin, changeProductStatusSchema.parse({ productId: id, from: "ACTIVE", to: "DISCONTINUED", reason: "End of life" }));
    const [audit] = await ownerQuery<{ after: { reason: string } }>(
      `SELECT after FROM "AuditLog" WHERE "entityId" = $1 AND action = 'product.discontinue'`,
      [id],
    );
    expect(audit!.after.reason).toBe("End of life");
  });

  it("two tabs activating at once: exactly one wins", async () => {
    const { id } = await createProduct(admin, product());
    const input = changeProductStatusSchema.parse({ productId: id, from: "DRAFT", to: "ACTIVE" });
    const results = await Promise.allSettled([changeProductStatus(admin, input), changeProductStatus(manager, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("a partner's walls", () => {
  it("sees active products only: drafts and discontinued ones are NOT_FOUND", async () => {
    const name = `Wall ${sku()}`;
    const draft = (await createProduct(admin, product({ nameEn: name }))).id;
    const active = await activeProduct(admin, { nameEn: name });
    const gone = await activeProduct(admin, { nameEn: name });
    await changeProductStatus(admin, changeProductStatusSchema.parse({ productId: gone, from: "ACTIVE", to: "DISCONTINUED", reason: "old" }));
    const list = await listCatalog(partner, { q: name, status: "DRAFT" });
    expect(list.rows.map((row) => row.id)).toEqual([active]);
    await expect(getCatalogProduct(partner, active)).resolves.toMatchObject({ id: active });
    await rejectsWith(getCatalogProduct(partner, draft), "NOT_FOUND");
    await rejectsWith(getCatalogProduct(partner, gone), "NOT_FOUND");
    const found = await searchCatalog(partner, { text: name, locale: "en", limit: 5 });
    expect(found.hits.map((hit) => hit.id)).toEqual([active]);
    const vendorFound = await searchProducts(admin, { text: name, locale: "en", limit: 5 });
    expect(vendorFound.hits.map((hit) => hit.id).sort()).toEqual([draft, active, gone].sort());
  });

  it("row-level security: a partner session reads no draft and no cost, and writes nothing", async () => {
    const draft = (await createProduct(admin, product())).id;
    const active = await activeProduct(admin);
    await setProductCost(admin, productCostSchema.parse({ productId: active, currency: "USD", cost: "10.00", floor: "12.00" }));
    const seen = await withScope(scopeOf(partner), async (tx) => ({
      draft: await tx.product.count({ where: { id: draft } }),
      active: await tx.product.count({ where: { id: active } }),
      costs: await tx.productCost.count({ where: { productId: active } }),
      renamed: await tx.product.updateMany({ where: { id: active }, data: { nameEn: "Hacked" } }).catch(() => ({ count: -1 })),
    }));
    expect(seen).toEqual({ draft: 0, active: 1, costs: 0, renamed: { count: 0 } });
    expect((await getProduct(admin, active)).nameEn).toBe("Edge router");
  });

  it("the portal's filters list brands and families that have active products", async () => {
    const brand = await createBrand(admin, { name: `Visible ${sku()}` });
    const hidden = await createBrand(admin, { name: `Hidden ${sku()}` });
    await activeProduct(admin, { brandId: brand.id });
    await createProduct(admin, product({ brandId: hidden.id }));
    const { brands } = await portalTaxonomy(partner);
    expect(brands.map((b) => b.id)).toContain(brand.id);
    expect(brands.map((b) => b.id)).not.toContain(hidden.id);
  });
});

describe("brands, families, pictures and costs", () => {
  it("brand names are unique without regard to case; renames keep products attached", async () => {
    const name = `Northwind ${sku()}`;
    const brand = await createBrand(admin, { name });
    const error = await rejectsWith(createBrand(manager, { name: name.toUpperCase() }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ name: ["catalog.validation.nameTaken"] });
    const { id } = await createProduct(admin, product({ brandId: brand.id }));
    await renameBrand(admin, { brandId: brand.id, name: `${name} Ltd` });
    expect((await getProduct(admin, id)).brand).toEqual({ id: brand.id, name: `${name} Ltd` });
    const { brands } = await catalogTaxonomy(finance);
    expect(brands.find((b) => b.id === brand.id)).toMatchObject({ products: 1 });
  });

  it("adds pictures in order and removes one with its file", async () => {
    const { id } = await createProduct(admin, product());
    const upload = async () => {
      const bytes = png(40, 40);
      return uploadVendorFile(admin, { purpose: "product.image", name: "photo.png", declaredSize: bytes.length, body: bodyOf(bytes) });
    };
    const [a, b] = [await upload(), await upload()];
    await addProductImage(admin, { productId: id, fileId: a.id });
    await addProductImage(admin, { productId: id, fileId: b.id });
    const error = await rejectsWith(addProductImage(admin, { productId: id, fileId: a.id }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ fileId: ["catalog.validation.imageInUse"] });
    const images = (await getProduct(admin, id)).images;
    expect(images.map((i) => [i.fileId, i.position])).toEqual([[a.id, 0], [b.id, 1]]);
    await removeProductImage(admin, images[0]!.id);
    expect((await getProduct(admin, id)).images.map((i) => i.fileId)).toEqual([b.id]);
    expect(await ownerQuery(`SELECT id FROM "FileObject" WHERE id = $1`, [a.id])).toEqual([]);
    // a logo is not a product picture
    const logo = await uploadVendorFile(admin, { purpose: "tenant.logo", name: "l.png", declaredSize: png().length, body: bodyOf(png()) });
    await rejectsWith(addProductImage(admin, { productId: id, fileId: logo.id }), "VALIDATION_FAILED");
  });

  it("costs per currency: exact minor units, empty removes, bad amounts refused", async () => {
    const { id } = await createProduct(admin, product());
    await setProductCost(admin, productCostSchema.parse({ productId: id, currency: "usd", cost: "10,5", floor: "12.25" }));
    await setProductCost(admin, productCostSchema.parse({ productId: id, currency: "JPY", cost: "1500" }));
    expect(await productCosts(finance, id)).toEqual([
      { currency: "JPY", costMinor: BigInt(1500), floorMinor: null },
      { currency: "USD", costMinor: BigInt(1050), floorMinor: BigInt(1225) },
    ]);
    await setProductCost(admin, productCostSchema.parse({ productId: id, currency: "JPY" }));
    expect((await productCosts(admin, id)).map((c) => c.currency)).toEqual(["USD"]);
    for (const [field, value, currency] of [["cost", "-1", "USD"], ["floor", "1.234", "USD"], ["cost", "1.5", "JPY"], ["cost", "99999999999999999", "USD"], ["cost", "abc", "USD"]] as const) {
      const parsed = productCostSchema.safeParse({ productId: id, currency, [field]: value });
      expect(parsed.success, `${field}=${value} ${currency}`).toBe(false);
    }
    expect(productCostSchema.safeParse({ productId: id, currency: "XYZ1" }).success).toBe(false);
  });
});

describe("CSV import", () => {
  const header = "sku,name en,name es,brand,family,unit,pack size,serial tracked,currency,cost,floor";

  it("imports a good file whole: new drafts, updates by SKU, brands and families created, costs set", async () => {
    const [a, b] = [sku("IMP"), sku("IMP")];
    const existing = await createProduct(admin, product({ sku: b, nameEn: "Old name" }));
    const brand = `Imported ${sku()}`;
    const file = [header, `${a},Switch 24,Conmutador 24,${brand},Switches ${a},Caja,12,sí,USD,100.00,120.00`, `${b},New name,Nombre nuevo,${brand},,Each,1,no,,,`].join("\n");
    const report = await importProducts(admin, { file, locale: "en" });
    expect(report).toMatchObject({ total: 2, created: 1, updated: 1, brandsCreated: 1, familiesCreated: 1, written: true, problems: [] });
    const created = (await listProducts(admin, { q: a })).rows[0]!;
    expect(created).toMatchObject({ sku: a, status: "DRAFT", unit: "BOX", packSize: 12, serialTracked: true, brand: { name: brand } });
    expect(await productCosts(admin, created.id)).toEqual([{ currency: "USD", costMinor: BigInt(10000), floorMinor: BigInt(12000) }]);
    expect(await getProduct(admin, existing.id)).toMatchObject({ nameEn: "New name", nameEs: "Nombre nuevo", version: 1 });
  });

  it("one bad row and nothing is written; every problem has its line and column", async () => {
    const [a, b] = [sku("BAD"), sku("BAD")];
    const file = [
      header,
      `${a},Good row,Fila buena,,,Each,1,no,,,`,
      `${b},Bad pack,Paquete malo,,,Each,-3,no,,,`,
      `${a.toLowerCase()},Repeated,Repetido,,,Each,1,no,,,`,
      `${sku("BAD")},Bad unit,Unidad mala,,,Barrel,1,maybe,,,`,
      `${sku("BAD")},Bad cost,Costo malo,,,Each,1,no,USD,1.234,`,
    ].join("\r\n");
    const report = await importProducts(admin, { file, locale: "es" });
    expect(report.written).toBe(false);
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([
      [3, "pack size"],
      [4, "sku"],
      [5, "unit"],
      [5, "serial tracked"],
      [6, "cost"],
    ]);
    expect(report.problems[1]!.message).toBe("catalog.import.repeatedSku");
    expect((await listProducts(admin, { q: a })).total).toBe(0);
  });

  it.each([
    ["an empty file", "", "CSV_EMPTY"],
    ["a file without the required columns", "code,nombre\nA1,x", "CSV_MISSING_COLUMNS"],
    ["an unterminated quote", `${header}\n"A1,x,y`, "CSV_UNREADABLE"],
  ] as const)("refuses %s whole", async (_label, file, code) => {
    await rejectsWith(importProducts(admin, { file, locale: "en" }), code);
  });

  it("reads Spanish headers, semicolons and Windows-1252, and a role without catalog.manage is refused", async () => {
    const code = sku("ES");
    const text = `SKU;Nombre EN;Nombre ES;Unidad;Tamaño del paquete\r\n${code};Cable;Cable de cobre ñandú;Metro;1\r\n`;
    const bytes = new Uint8Array(Buffer.from(text, "latin1"));
    const report = await importProducts(admin, { file: bytes, locale: "es" });
    expect(report).toMatchObject({ written: true, created: 1 });
    expect((await listProducts(admin, { q: code })).rows[0]).toMatchObject({ nameEs: "Cable de cobre ñandú", unit: "METER" });
    await rejectsWith(importProducts(finance, { file: text, locale: "es" }), "FORBIDDEN");
  });

  it("the export imports back unchanged (formula-looking names stay text)", async () => {
    const brand = await createBrand(admin, { name: `Round ${sku()}` });
    const id = await activeProduct(admin, { nameEn: "=HYPERLINK(\"x\")", nameEs: "Nombre, con coma", brandId: brand.id, unit: "BOX", packSize: "6", serialTracked: true });
    const { sku: code } = await getProduct(admin, id);
    const words = { csv: (k: string) => ({ sku: "SKU", nameEn: "Name (EN)", nameEs: "Name (ES)", descriptionEn: "Description (EN)", descriptionEs: "Description (ES)", status: "Status", brand: "Brand", family: "Family", unit: "Unit", packSize: "Pack size", serialTracked: "Serial tracked", configurable: "Configurable", created: "Added" })[k]!, status: (k: string) => k, unit: (k: string) => ({ BOX: "Box" })[k] ?? k, yes: "yes", no: "no" };
    const csv = (await readAll(csvStream(productCsvColumns(words), exportProducts(admin, { q: code })))).toString("utf8");
    expect(csv).toContain("'=HYPERLINK");
    const report = await importProducts(admin, { file: csv, locale: "en" });
    expect(report).toMatchObject({ written: true, created: 0, updated: 1, problems: [] });
    expect(await getProduct(admin, id)).toMatchObject({ nameEn: "=HYPERLINK(\"x\")", nameEs: "Nombre, con coma", unit: "BOX", packSize: 6, serialTracked: true, version: 1 });
  });
});
