/**
 * Keys that decide whether two accounts are the same end customer, however people typed
 * them: "ACME S.A.", "Acme SA" and "Ácme, s. a." share the name key "acme"; "https://www.
 * Acme.com/contact" and "acme.com" share the domain; "abc-123456 xy1" and "ABC123456XY1"
 * the tax id. Used on every write (accounts, imports) and by de-duplication.
 */

/**
 * Legal forms dropped from the end of a name, as token sequences after dots are removed
 * ("S. de R.L. de C.V." → s de rl de cv). Longest first, stripped repeatedly, so
 * "Acme Holdings S.A. de C.V." keeps "acme holdings".
 */
const LEGAL_FORMS: readonly string[][] = [
  ["s", "de", "rl", "de", "cv"],
  ["sapi", "de", "cv"],
  ["sab", "de", "cv"],
  ["sa", "de", "cv"],
  ["s", "en", "c"],
  ["sa"],
  ["sl"],
  ["slu"],
  ["sas"],
  ["sau"],
  ["srl"],
  ["sarl"],
  ["spa"],
  ["ltda"],
  ["ltd"],
  ["limited"],
  ["llc"],
  ["llp"],
  ["inc"],
  ["incorporated"],
  ["corp"],
  ["corporation"],
  ["co"],
  ["company"],
  ["plc"],
  ["gmbh"],
  ["ag"],
  ["bv"],
  ["nv"],
  ["oy"],
  ["ab"],
  ["as"],
  ["pty"],
  ["eirl"],
  ["cia"],
].sort((a, b) => b.length - a.length);

/**
 * Lower case, no accents, "&" as "and", letters and digits only; runs of single letters
 * join ("s. a." → "sa", "R. L." → "rl"), so spaced abbreviations read like unspaced ones.
 */
function words(text: string): string[] {
  const tokens = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    // "S.A." → "sa", "R.L." → "rl": dots inside abbreviations do not split words
    .replace(/(\p{L})\.(?=\p{L}\b|\s|$|,)/gu, "$1")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  const out: string[] = [];
  let run = false; // the last token is a run of single letters
  for (const token of tokens) {
    const single = /^\p{L}$/u.test(token);
    if (single && run) out[out.length - 1] += token;
    else out.push(token);
    run = single;
  }
  return out;
}

function endsWith(tokens: string[], suffix: string[]): boolean {
  if (suffix.length >= tokens.length) return false; // never strip the whole name
  return suffix.every((word, i) => tokens[tokens.length - suffix.length + i] === word);
}

/** The de-duplication key of a company name ("ACME S.A." → "acme"). */
export function companyNameKey(name: string): string {
  const tokens = words(name);
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const form of LEGAL_FORMS) {
      if (endsWith(tokens, form)) {
        tokens.splice(tokens.length - form.length, form.length);
        stripped = true;
        break;
      }
    }
  }
  return tokens.join(" ");
}

/** A region or state compared without case, accents or punctuation ("Nuevo León" → "nuevo leon"). */
export function regionKey(region: string | null | undefined): string | null {
  if (!region) return null;
  const key = words(region).join(" ");
  return key || null;
}

/** "https://www.Acme.com:443/x" → "acme.com"; null when nothing domain-like is left. */
export function normalizeDomain(input: string | null | undefined): string | null {
  if (!input) return null;
  let text = input.trim().toLowerCase();
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/^[^@/]*@/, "");
  text = text.split(/[/?#:]/)[0]!.replace(/^www\./, "").replace(/\.$/, "");
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(text) ? text : null;
}

/** Tax ids in upper case letters and digits only ("abc-123456 xy1" → "ABC123456XY1"). */
export function normalizeTaxId(input: string | null | undefined): string | null {
  if (!input) return null;
  const key = input.normalize("NFKD").replace(/\p{M}/gu, "").toUpperCase().replace(/[^A-Z0-9]/g, "");
  return key || null;
}

/** Postal codes and postal prefixes: upper-case letters and digits ("c.p. 64000" stays "CP64000"). */
export function normalizePostal(input: string | null | undefined): string | null {
  if (!input) return null;
  const key = input.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return key || null;
}
