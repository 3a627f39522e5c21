/**
 * The tenant-key rules of the data model, checked on the Prisma schema text
 * (tests/unit/schema.test.ts). Every model is either
 *  - tenant-owned: a required `tenantId`, `@@unique([tenantId, id])`, and every relation
 *    to another tenant model carries `tenantId` in its fields and references (compound
 *    foreign key), so a row can never point into another tenant; or
 *  - global: its doc comment says why with `/// @global: <reason>`. A global model may
 *    reference a tenant (an optional `tenantId`), but only through a foreign key to Tenant.
 * The parser reads the subset of the Prisma language this project writes: one field per
 * line, `///` doc comments above a model, `@relation(fields: […], references: […])`.
 */

export type Field = { name: string; type: string; optional: boolean; list: boolean; attributes: string };
export type Model = { name: string; doc: string; fields: Field[]; blockAttributes: string[] };

const MODEL = /((?:^[ \t]*\/\/\/.*\n)*)^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm;

export function parseModels(schema: string): Model[] {
  const models: Model[] = [];
  for (const match of schema.matchAll(MODEL)) {
    const [, docBlock = "", name = "", body = ""] = match;
    const doc = docBlock
      .split("\n")
      .map((line) => line.replace(/^\s*\/\/\/\s?/, ""))
      .join("\n")
      .trim();
    const fields: Field[] = [];
    const blockAttributes: string[] = [];
    for (const raw of body.split("\n")) {
      const line = raw.replace(/\/\/.*$/, "").trim();
      if (!line) continue;
      if (line.startsWith("@@")) {
        blockAttributes.push(line);
        continue;
      }
      const field = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (field) {
        fields.push({ name: field[1]!, type: field[2]!, list: !!field[3], optional: !!field[4], attributes: field[5] ?? "" });
      }
    }
    models.push({ name, doc, fields, blockAttributes });
  }
  return models;
}

/** `fields: [a, b]` / `references: [a, b]` of a relation attribute. */
function listArgument(attributes: string, key: "fields" | "references"): string[] {
  const match = new RegExp(`${key}\\s*:\\s*\\[([^\\]]*)\\]`).exec(attributes);
  return match ? match[1]!.split(",").map((s) => s.trim()).filter(Boolean) : [];
}

/** `@@unique([a, b])` lists of a model, as comma-joined field names. */
function uniques(model: Model): string[] {
  return model.blockAttributes.flatMap((attribute) => {
    const match = /^@@(?:unique|id)\(\s*(?:fields:\s*)?\[([^\]]*)\]/.exec(attribute);
    return match ? [match[1]!.split(",").map((s) => s.trim()).join(",")] : [];
  });
}

export const isGlobal = (model: Model) => /(^|\n)@global:\s*\S/.test(model.doc);

/** Every violation of the rules above, one readable line each (empty = all good). */
export function checkTenantKeys(models: Model[]): string[] {
  const problems: string[] = [];
  const byName = new Map(models.map((m) => [m.name, m]));
  const tenantOwned = (name: string) => {
    const model = byName.get(name);
    return !!model && !isGlobal(model) && model.fields.some((f) => f.name === "tenantId");
  };

  for (const model of models) {
    const tenantId = model.fields.find((f) => f.name === "tenantId");
    if (isGlobal(model)) {
      if (tenantId) {
        const toTenant = model.fields.find(
          (f) => f.type === "Tenant" && listArgument(f.attributes, "fields").join(",") === "tenantId",
        );
        if (!toTenant) problems.push(`${model.name}: global model with a tenantId must reference Tenant through it (foreign key)`);
      }
    } else if (!tenantId) {
      problems.push(`${model.name}: no tenantId and no "/// @global: <reason>" in its doc comment`);
    } else {
      if (tenantId.optional) problems.push(`${model.name}: tenantId must be required on a tenant-owned model`);
      if (!uniques(model).includes("tenantId,id")) problems.push(`${model.name}: missing @@unique([tenantId, id])`);
    }

    for (const field of model.fields) {
      if (!tenantOwned(field.type) || field.list) continue;
      const fields = listArgument(field.attributes, "fields");
      const references = listArgument(field.attributes, "references");
      // The back side of a relation names no fields; its owning side is checked.
      if (fields.length === 0) continue;
      // Tenant's own tenant key is its id (Tenant.logo points at one of its own files).
      const ownKey = model.name === "Tenant" ? "id" : "tenantId";
      if (!fields.includes(ownKey) || !references.includes("tenantId")) {
        problems.push(
          `${model.name}.${field.name}: relation to tenant model ${field.type} must include tenantId in fields and references`,
        );
      }
    }
  }
  return problems;
}
