import "server-only";
import { addDays, todayIn } from "@/lib/activities/dates";
import { authorize, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { changeProductStatusSchema, createProductSchema } from "@/lib/catalog/schema";
import { changeProductStatus, createProduct } from "@/lib/catalog/service";
import { catalogTaxonomy } from "@/lib/catalog/taxonomy";
import { advanceClaim, answerClaim, decideClaim, fileClaim, issueRma, replaceUnit } from "@/lib/warranties/claims";
import { creditClaim } from "@/lib/warranties/credit";
import { importUnits } from "@/lib/warranties/import";
import { addExtension, createExtensionOffer, createPolicy } from "@/lib/warranties/policies";
import { listOwnUnits, type UnitListItem } from "@/lib/warranties/read";
import { addExtensionSchema, creditSchema, extensionOfferSchema, fileClaimSchema, issueRmaSchema, policySchema, registerSaleSchema, replaceSchema } from "@/lib/warranties/schema";
import type { ClaimSummary } from "@/lib/warranties/types";
import { registerSale } from "@/lib/warranties/units";

/**
 * Demo warranties, through the services. Acme (English): a standard policy for routers and
 * one for switches (from the sale, at the latest six months after shipment), Bluepeak's
 * customised "Gold VAR" policy (36 months from registration, on-site, its own terms, passed
 * through), an extended warranty sold as a product; Northwind's units from the demo
 * shipments and Bluepeak's imported ones, registered to end customers in both languages;
 * claims in every state a person sees (filing is checked at once). Globex (Spanish): a standard and an OEM policy for Iberia Tech,
 * imported units, registrations and claims. Policies come before the orders so the
 * shipments pin them on their units.
 */

async function familyId(ctx: VendorCtx, nameEn: string): Promise<string> {
  const family = (await catalogTaxonomy(ctx)).families.find((f) => f.nameEn === nameEn);
  if (!family) throw new Error(`demo warranties: no family ${nameEn}`);
  return family.id;
}

/** Acme's policies and its extended warranty; returns the extension offer's id. */
export async function seedAcmeWarrantyPolicies(ctx: VendorCtx, partnerIds: Map<string, string>): Promise<string> {
  authorize(ctx, "warranties.configure");
  const routers = await familyId(ctx, "Routers");
  await createPolicy(ctx, policySchema.parse({ name: "Acme standard warranty", familyId: routers, months: "24", startRule: "SHIPMENT", coversParts: "on", coversLabour: "on", termsEn: "Parts and labour at an Acme service centre.", termsEs: "Piezas y mano de obra en un centro de servicio de Acme." }));
  await createPolicy(ctx, policySchema.parse({ name: "Acme switch warranty", familyId: await familyId(ctx, "Switches"), months: "12", startRule: "SALE", latestStartMonths: "6", coversParts: "on" }));
  await createPolicy(
    ctx,
    policySchema.parse({
      name: "Gold VAR policy",
      partnerId: partnerIds.get("Bluepeak Systems"),
      familyId: routers,
      months: "36",
      startRule: "REGISTRATION",
      latestStartMonths: "6",
      coversParts: "on",
      coversLabour: "on",
      coversOnSite: "on",
      requiresRegistration: "on",
      passThrough: "on",
      termsEn: "Bluepeak Gold Care: next-business-day on-site service for 36 months from registration.",
      termsEs: "Bluepeak Gold Care: servicio in situ al siguiente día laborable durante 36 meses desde el registro.",
    }),
  );
  const { id } = await createProduct(ctx, createProductSchema.parse({ sku: "WAR-EXT-12", nameEn: "Extended warranty, 12 months", nameEs: "Garantía ampliada, 12 meses", unit: "EACH", packSize: "1" }));
  await changeProductStatus(ctx, changeProductStatusSchema.parse({ productId: id, from: "DRAFT", to: "ACTIVE" }));
  return (await createExtensionOffer(ctx, extensionOfferSchema.parse({ productId: id, months: "12" }))).id;
}

const register = (ctx: PartnerCtx, unit: UnitListItem, name: string, locale: "en" | "es", saleOn: string, site: string) =>
  registerSale(ctx, registerSaleSchema.parse({ unitId: unit.unitId, endCustomerName: name, endCustomerLocale: locale, saleOn, installationSite: site }));
const file = (ctx: PartnerCtx, unit: UnitListItem, failureCode: string, description: string) => fileClaim(ctx, fileClaimSchema.parse({ unitId: unit.unitId, failureCode, description }));
const step = (claim: ClaimSummary, extra: Record<string, unknown> = {}) => ({ claimId: claim.id, version: claim.version, reason: "", ...extra });

/** approved → RMA → received: the claim waiting for its outcome. */
async function received(ctx: VendorCtx, claim: ClaimSummary, instructions: string): Promise<ClaimSummary> {
  const approved = await decideClaim(ctx, { ...step(claim), to: "APPROVED" });
  const rma = await issueRma(ctx, issueRmaSchema.parse(step(approved, { returnInstructions: instructions })));
  return advanceClaim(ctx, { ...step(rma), to: "RECEIVED" });
}

export async function seedAcmeWarranties(
  ctx: VendorCtx,
  people: { manager: VendorCtx; extensionOfferId: string; portal: (email: string) => Promise<PartnerCtx> },
): Promise<void> {
  authorize(ctx, "warranties.manage");
  const { manager } = people;
  const today = todayIn(ctx.tenant.timeZone);
  const returns = "Pack the unit in its box, write the RMA number on the label and ship it to Acme Returns, 400 Harbor Way, Newark NJ 07114.";

  // Northwind: the routers and switches of the demo shipments
  const nora = await people.portal("admin@northwind.test");
  const northwind = await listOwnUnits(nora);
  const routers = northwind.filter((u) => u.sku === "RTR-100");
  const switches = northwind.filter((u) => u.sku === "SW-24");
  await register(nora, routers[0]!, "Harbor Medical Center", "en", today, "Newark, NJ — radiology wing");
  await register(nora, routers[1]!, "Clínica San Rafael", "es", today, "Madrid — planta 2");
  await register(nora, switches[0]!, "Garden State Logistics", "en", today, "Edison, NJ — warehouse B");
  const credited = await received(manager, await file(nora, routers[0]!, "NO-POWER", "Does not power on after a storm; the PSU smells burnt."), returns);
  await creditClaim(manager, creditSchema.parse(step(credited, { amount: "75.00", reason: "Repaired on site by Northwind: half the price paid is credited." })));
  const approved = await file(nora, routers[1]!, "WAN-FLAP", "WAN port 2 drops the link every few minutes.");
  await decideClaim(manager, { ...step(approved), to: "APPROVED", reason: "Known issue on early batches." });
  const rejected = await file(nora, switches[0]!, "PHYS-DMG", "Two ports do not light up.");
  await decideClaim(manager, { ...step(rejected), to: "REJECTED", reason: "The photos show a cracked housing: physical damage is not covered." });
  await file(nora, routers[2]!, "REBOOT", "Reboots every night around 02:00.");
  const repaired = await received(manager, await file(nora, routers[3]!, "FAN", "Fan stopped; the unit overheats."), returns);
  await advanceClaim(manager, { ...step(repaired), to: "REPAIRED", reason: "Fan replaced, burn-in test passed." });
  const swapped = await received(manager, await file(nora, routers[4]!, "DOA", "Dead on arrival."), returns);
  await replaceUnit(manager, replaceSchema.parse(step(swapped, { replacementSerial: "SN-RTR-100-R0001" })));

  // Bluepeak (VAR): units shipped before Canal, imported; its customised Gold VAR policy
  const serials = Array.from({ length: 6 }, (_, i) => `BP-RTR500-${String(i + 1).padStart(4, "0")}`);
  const shipped = addDays(today, -45);
  const csv = ["serial,sku,partner,ship date", ...serials.map((s) => `${s},RTR-500,Bluepeak Systems,${shipped}`)].join("\n");
  await importUnits(ctx, { file: csv, locale: "en" });
  const blanca = await people.portal("admin@bluepeak.test");
  const units = (await listOwnUnits(blanca)).sort((a, b) => (a.serial < b.serial ? -1 : 1));
  const customers: [string, "en" | "es", string][] = [
    ["Lakeside School District", "en", "Burlington, VT — main office"],
    ["Hotel Miramar", "es", "Valencia — recepción"],
    ["Fernández y Asociados", "es", "Bilbao — sala de servidores"],
    ["Pinecrest Dental", "en", "Portland, ME"],
    ["Museo del Mar", "es", "Cádiz — planta baja"],
  ];
  for (const [i, [name, locale, site]] of customers.entries()) await register(blanca, units[i]!, name, locale, addDays(today, -30 + i), site);
  await addExtension(ctx, addExtensionSchema.parse({ unitId: units[0]!.unitId, offerId: people.extensionOfferId, reference: "SO-WAR-0001" }));
  // claims in every state a handler sees
  await file(blanca, units[0]!, "FAN", "Fan noise rises to a whine under load.");
  const info = await file(blanca, units[1]!, "VPN-DROP", "Site-to-site VPN drops after firmware 4.2.");
  await decideClaim(manager, { ...step(info), to: "INFO_REQUESTED", reason: "Please send the device log (System › Export log) from the day of the drop." });
  const rma = await file(blanca, units[2]!, "NO-BOOT", "Stuck at the boot logo.");
  const rmaApproved = await decideClaim(manager, { ...step(rma), to: "APPROVED" });
  await issueRma(manager, issueRmaSchema.parse(step(rmaApproved, { returnInstructions: returns })));
  await received(manager, await file(blanca, units[3]!, "PORT-4", "Port 4 negotiates 100 Mb/s only."), returns);
  const replacedClaim = await received(manager, await file(blanca, units[4]!, "DOA", "Dead on arrival at the customer's site."), returns);
  const replaced = await replaceUnit(manager, replaceSchema.parse(step(replacedClaim, { replacementSerial: "BP-RTR500-R0001", reason: "Swapped from advance-replacement stock." })));
  await advanceClaim(manager, { ...step(replaced), to: "CLOSED" });
}

export async function seedGlobexWarranties(ctx: VendorCtx, people: { partnerId: string; portal: (email: string) => Promise<PartnerCtx> }): Promise<void> {
  authorize(ctx, "warranties.configure");
  const today = todayIn(ctx.tenant.timeZone);
  await createPolicy(ctx, policySchema.parse({ name: "Garantía estándar Globex", familyId: await familyId(ctx, "Components"), months: "24", startRule: "SHIPMENT", coversParts: "on", termsEs: "Piezas en taller de Globex.", termsEn: "Parts at a Globex workshop." }));
  await createPolicy(
    ctx,
    policySchema.parse({ name: "Garantía OEM Iberia", partnerId: people.partnerId, familyId: await familyId(ctx, "Components"), months: "36", startRule: "SALE", latestStartMonths: "3", coversParts: "on", coversLabour: "on", passThrough: "on", termsEs: "Iberia Tech responde ante sus clientes; Globex repone las piezas.", termsEn: "Iberia Tech answers to its customers; Globex replaces the parts." }),
  );
  const serials = ["IB-PLC-0001", "IB-PLC-0002", "IB-PLC-0003", "IB-PLC-0004"];
  await importUnits(ctx, { file: ["número de serie;código;socio;fecha de envío", ...serials.map((s) => `${s};GX-PLC-S;Iberia Tech;${addDays(today, -60)}`)].join("\n"), locale: "es" });
  const iker = await people.portal("admin@iberia.test");
  const units = (await listOwnUnits(iker)).sort((a, b) => (a.serial < b.serial ? -1 : 1));
  await register(iker, units[0]!, "Envases del Norte S.L.", "es", addDays(today, -20), "Burgos — línea 3");
  await register(iker, units[1]!, "Packaging Iberia Ltd", "en", addDays(today, -10), "Vigo");
  await register(iker, units[2]!, "Conservas Atlántico S.A.", "es", addDays(today, -5), "Vigo — planta 1");
  const rma = await file(iker, units[0]!, "E-IO-07", "Error de E/S 07 al arrancar la línea.");
  const approved = await decideClaim(ctx, { ...step(rma), to: "APPROVED" });
  await issueRma(ctx, issueRmaSchema.parse(step(approved, { returnInstructions: "Embale el autómata con el número de RMA visible y envíelo a Globex, Polígono Las Mercedes nave 7, 28022 Madrid." })));
  const rejected = await file(iker, units[1]!, "AGUA", "No enciende tras una inundación en la nave.");
  await decideClaim(ctx, { ...step(rejected), to: "REJECTED", reason: "Los daños por agua no están cubiertos por la garantía." });
  const answered = await file(iker, units[2]!, "RELE", "Un relé de salida se queda pegado.");
  const asked = await decideClaim(ctx, { ...step(answered), to: "INFO_REQUESTED", reason: "Indique la carga conectada a la salida." });
  await answerClaim(iker, { ...step(asked), reason: "Un contactor de 24 V, 0,5 A." });
}
