import "server-only";
import { authorize, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { accountFieldsSchema, createAccountSchema } from "@/lib/accounts/schema";
import { addContact, createAccount, createOwnAccount } from "@/lib/accounts/service";
import { conflictsOf, resolveConflict } from "@/lib/conflicts/service";
import { overrideAccountTerritory } from "@/lib/territories/assign";
import { ruleSchema } from "@/lib/territories/schema";
import { addRule, addTerritoryOwner, assignTerritoryPartner, createTerritory } from "@/lib/territories/service";

type Tree = { name: string; description?: string; rules?: Record<string, unknown>[]; children?: Tree[] };

/** Creates a territory tree with its rules; returns territory ids by path ("LATAM › México"). */
async function plant(ctx: VendorCtx, trees: Tree[], parentId: string | null = null, prefix = ""): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const tree of trees) {
    const path = prefix ? `${prefix} › ${tree.name}` : tree.name;
    const { id } = await createTerritory(ctx, { name: tree.name, description: tree.description ?? null, parentId });
    ids.set(path, id);
    for (const rule of tree.rules ?? []) await addRule(ctx, ruleSchema.parse({ territoryId: id, ...rule }));
    for (const [childPath, childId] of await plant(ctx, tree.children ?? [], id, path)) ids.set(childPath, childId);
  }
  return ids;
}

const fields = (f: Record<string, unknown>) => accountFieldsSchema.parse(f);

/**
 * Acme's territories and accounts: LATAM / EMEA / North America with rules at every
 * level, reps owning them, partners assigned; accounts of three partners and direct ones
 * (with contacts), one moved by hand, a claim on a customer another partner has (open),
 * and an account outside its partner's territories whose conflict was decided.
 */
export async function seedAcmeAccounts(
  ctx: VendorCtx,
  people: { partners: Map<string, string>; memberships: Map<string, string>; portal: (email: string) => Promise<PartnerCtx> },
): Promise<void> {
  authorize(ctx, "territories.manage");
  const t = await plant(ctx, [
    {
      name: "LATAM",
      description: "Latin America",
      children: [
        {
          name: "México",
          rules: [{ country: "MX" }],
          children: [
            { name: "Norte", rules: [{ country: "MX", region: "Nuevo León" }, { postalPrefix: "64" }] },
            { name: "Centro", rules: [{ country: "MX", region: "Ciudad de México" }] },
          ],
        },
        { name: "Brasil", rules: [{ country: "BR" }] },
      ],
    },
    {
      name: "EMEA",
      description: "Europe, Middle East and Africa",
      children: [
        { name: "España", rules: [{ country: "ES" }] },
        { name: "DACH", rules: [{ country: "DE" }, { country: "AT" }, { country: "CH" }] },
      ],
    },
    {
      name: "North America",
      children: [{ name: "USA", rules: [{ country: "US" }], children: [{ name: "West", rules: [{ country: "US", postalPrefix: "9" }] }] }],
    },
    // Energy customers anywhere go to a specialist team, unless a more specific rule applies.
    { name: "Energy key accounts", rules: [{ industry: "ENERGY", priority: 10 }] },
  ]);
  await addTerritoryOwner(ctx, { territoryId: t.get("LATAM")!, membershipId: people.memberships.get("manager@acme.test")! });
  await addTerritoryOwner(ctx, { territoryId: t.get("North America")!, membershipId: people.memberships.get("rep@acme.test")! });
  await addTerritoryOwner(ctx, { territoryId: t.get("EMEA")!, membershipId: people.memberships.get("manager@acme.test")! });
  await assignTerritoryPartner(ctx, { territoryId: t.get("North America")!, partnerId: people.partners.get("Northwind Distribution")! });
  await assignTerritoryPartner(ctx, { territoryId: t.get("EMEA › España")!, partnerId: people.partners.get("Bluepeak Systems")! });
  await assignTerritoryPartner(ctx, { territoryId: t.get("LATAM › México")!, partnerId: people.partners.get("Lumen Retail")! });

  const lumen = people.partners.get("Lumen Retail")!;
  const forLumen = (f: Record<string, unknown>) => createAccount(ctx, createAccountSchema.parse({ ...f, partnerId: lumen }));
  const cerveceria = await forLumen({ name: "Cervecería del Norte S.A. de C.V.", website: "cerveceria-norte.mx", taxId: "CNO-950101-AB1", country: "MX", region: "Nuevo León", city: "Monterrey", postalCode: "64000", industry: "RETAIL" });
  await forLumen({ name: "Farmacias Centrales", country: "MX", region: "Ciudad de México", city: "Ciudad de México", postalCode: "06000", industry: "HEALTHCARE" });
  await forLumen({ name: "Logística Bajío", country: "MX", region: "Guanajuato", city: "León", industry: "LOGISTICS" });
  await addContact(ctx, { accountId: cerveceria.id, name: "Lucía Garza", email: "lucia.garza@cerveceria-norte.mx", phone: "+52 81 5555 0101", title: "Purchasing manager" });

  const northwind = await people.portal("admin@northwind.test");
  const pacific = await createOwnAccount(northwind, fields({ name: "Pacific Grocers Inc.", website: "pacificgrocers.example", country: "US", region: "California", city: "San Diego", postalCode: "92101", industry: "RETAIL" }));
  await createOwnAccount(northwind, fields({ name: "Great Lakes Hospitals", website: "glh.example", country: "US", region: "Illinois", city: "Chicago", postalCode: "60601", industry: "HEALTHCARE" }));
  await createOwnAccount(northwind, fields({ name: "Prairie Wind Power LLC", country: "US", region: "Texas", postalCode: "79101", industry: "ENERGY" }));
  await addContact(ctx, { accountId: pacific.id, name: "Peter Chan", email: "peter.chan@pacificgrocers.example", phone: null, title: "IT director" });
  // Northwind claims a Monterrey brewery Lumen already has: an open duplicate claim.
  await createOwnAccount(northwind, fields({ name: "Cerveceria del Norte SA de CV", website: "https://www.cerveceria-norte.mx", country: "MX", region: "Nuevo León" }));

  const bluepeak = await people.portal("admin@bluepeak.test");
  await createOwnAccount(bluepeak, fields({ name: "Hoteles Mediterráneo S.L.", website: "hotelesmed.example", country: "ES", region: "Valencia", city: "Valencia", postalCode: "46001", industry: "HOSPITALITY" }));
  await createOwnAccount(bluepeak, fields({ name: "Ayuntamiento de Sevilla", country: "ES", region: "Andalucía", city: "Sevilla", industry: "GOVERNMENT" }));
  // Outside Bluepeak's territory (Spain): the channel manager allowed it, with a reason.
  const munich = await createOwnAccount(bluepeak, fields({ name: "Bayern Maschinenbau GmbH", country: "DE", city: "München", industry: "MANUFACTURING" }));
  const [outside] = await conflictsOf(ctx, { accountId: munich.id });
  if (outside) {
    await resolveConflict(ctx, { conflictId: outside.id, decision: "ALLOWED", reason: "Spanish subsidiary of the customer buys through Bluepeak.", version: outside.version });
  }

  await createAccount(ctx, createAccountSchema.parse({ name: "Globaltel Communications", website: "globaltel.example", taxId: "US-87-1234567", country: "US", region: "New York", city: "New York", postalCode: "10001", industry: "TELECOM" }));
  const sao = await createAccount(ctx, createAccountSchema.parse({ name: "Companhia Solar Paulista", country: "BR", city: "São Paulo", industry: "ENERGY" }));
  // A direct key account placed by hand, with its reason in the history.
  await overrideAccountTerritory(ctx, { accountId: sao.id, territoryId: t.get("LATAM › Brasil")!, reason: "Served from the São Paulo office, not the energy team." });
}

/** Globex (Spanish): a small Iberian tree, Iberia Tech assigned, accounts of its own and direct. */
export async function seedGlobexAccounts(ctx: VendorCtx, people: { partners: Map<string, string>; portal: (email: string) => Promise<PartnerCtx> }): Promise<void> {
  authorize(ctx, "territories.manage");
  const t = await plant(ctx, [
    {
      name: "Iberia",
      description: "España y Portugal",
      children: [
        { name: "España", rules: [{ country: "ES" }], children: [{ name: "Cataluña", rules: [{ country: "ES", region: "Cataluña" }, { postalPrefix: "08" }] }] },
        { name: "Portugal", rules: [{ country: "PT" }] },
      ],
    },
  ]);
  await assignTerritoryPartner(ctx, { territoryId: t.get("Iberia › España")!, partnerId: people.partners.get("Iberia Tech")! });
  const iberia = await people.portal("admin@iberia.test");
  const clinic = await createOwnAccount(iberia, fields({ name: "Clínica Diagonal S.L.", website: "clinicadiagonal.example", country: "ES", region: "Cataluña", city: "Barcelona", postalCode: "08029", industry: "HEALTHCARE" }));
  await createOwnAccount(iberia, fields({ name: "Talleres Ebro S.A.", country: "ES", region: "Aragón", city: "Zaragoza", industry: "MANUFACTURING" }));
  // Fuera de su territorio (Portugal): conflicto abierto para el gerente de canal.
  await createOwnAccount(iberia, fields({ name: "Vinhos do Douro Lda", country: "PT", city: "Porto", industry: "AGRICULTURE" }));
  await addContact(ctx, { accountId: clinic.id, name: "Jordi Puig", email: "jordi.puig@clinicadiagonal.example", phone: null, title: "Director de sistemas" });
  await createAccount(ctx, createAccountSchema.parse({ name: "Energías del Tajo S.A.", country: "ES", region: "Madrid", city: "Madrid", industry: "ENERGY" }));
}
