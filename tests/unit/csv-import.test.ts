/**
 * The shared CSV import reader (lib/csv/import.ts): encodings, delimiters, headers in
 * either language, caps, and a row-by-row report from the module's schema.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeCsv, detectDelimiter, normalizeHeader, readCsvImport } from "@/lib/csv/import";
import { AppError } from "@/lib/errors";

const schema = z.object({
  name: z.string({ error: "validation.required" }).max(40),
  taxId: z
    .string()
    .regex(/^[A-Z0-9]+$/, "validation.taxId")
    .optional(),
  units: z.coerce.number().int().min(0).optional(),
});
const spec = {
  columns: [
    { key: "name", headers: ["name", "nombre"], required: true },
    { key: "taxId", headers: ["tax id", "nif", "cif"] },
    { key: "units", headers: ["units", "unidades"] },
  ],
  schema,
  maxBytes: 1024 * 1024,
  maxRows: 100,
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof AppError ? `${error.code} ${JSON.stringify(error.params)}` : String(error);
  }
}

describe("readCsvImport", () => {
  it("reads good rows and reports bad ones with their line and column", async () => {
    const file = "Name,Tax ID,Units,Notes\nAcme SA,B123,5,hi\n,B9,1,\nBeta,b-1,x,\n\nGamma,,7,\nDelta,B5,3,,12\n";
    const result = await readCsvImport(file, spec);
    expect(result.total).toBe(5);
    expect(result.rows).toEqual([
      { line: 2, data: { name: "Acme SA", taxId: "B123", units: 5 }, extraCells: 0 },
      { line: 6, data: { name: "Gamma", units: 7 }, extraCells: 0 },
      // one cell more than the header names: counted, for the module to report
      { line: 7, data: { name: "Delta", taxId: "B5", units: 3 }, extraCells: 1 },
    ]);
    expect(result.problems).toEqual([
      { line: 3, column: "Name", message: "validation.required" },
      { line: 4, column: "Tax ID", message: "validation.taxId" },
      { line: 4, column: "Units", message: expect.any(String) },
    ]);
    expect(result.ignoredHeaders).toEqual(["Notes"]);
  });

  it("takes Spanish headers, semicolons, quoted fields and Windows-1252 text from Excel", async () => {
    const text = 'NOMBRE;NIF;Unidades\r\n"Iberia; S.L.";B1;2\r\nCañada Tecnología;B2;3\r\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0)); // every char here is Latin-1
    const result = await readCsvImport(bytes, spec);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.data.name)).toEqual(["Iberia; S.L.", "Cañada Tecnología"]);
  });

  it("reads UTF-8 with a byte-order mark and undoes the export's formula guard", async () => {
    const bytes = new TextEncoder().encode("\uFEFFname\n'=HYPERLINK(x)\n'-5 units\n");
    const result = await readCsvImport(bytes, { ...spec, schema: z.object({ name: z.string() }) });
    expect(result.rows.map((r) => r.data.name)).toEqual(["=HYPERLINK(x)", "-5 units"]);
  });

  it("refuses whole files that are too big, too long, empty, unreadable or missing a column", async () => {
    expect(await codeOf(readCsvImport("name\n" + "x\n".repeat(10), { ...spec, maxBytes: 10 }))).toBe(
      'CSV_TOO_LARGE {"max":1}',
    );
    expect(await codeOf(readCsvImport("name\n" + "x\n".repeat(101), spec))).toBe('CSV_TOO_MANY_ROWS {"max":100}');
    expect(await codeOf(readCsvImport("", spec))).toMatch(/^CSV_EMPTY/);
    expect(await codeOf(readCsvImport('name\n"unterminated\n', spec))).toMatch(/^CSV_UNREADABLE/);
    expect(await codeOf(readCsvImport("tax id,units\nB1,2\n", spec))).toBe('CSV_MISSING_COLUMNS {"columns":"name"}');
    expect(await codeOf(readCsvImport(`name\n${"x".repeat(70 * 1024)}\n`, spec))).toMatch(/^CSV_UNREADABLE/);
  });
});

describe("helpers", () => {
  it("normalises headers, detects delimiters outside quotes and falls back to Windows-1252", () => {
    expect(normalizeHeader("  Tax_ID ")).toBe("tax id");
    expect(normalizeHeader("NIF/CIF")).toBe("nif cif");
    expect(normalizeHeader("Teléfono")).toBe("telefono");
    expect(detectDelimiter('"a,b";c;d\n1,2,3,4,5')).toBe(";");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("single")).toBe(",");
    expect(decodeCsv(Uint8Array.from([0x43, 0x61, 0xf1, 0x61]))).toBe("Caña");
  });
});
