/**
 * The partner's side of the back-office co-op journey (coop-admin.spec.ts), through the real
 * services: Northwind claims `claimed` of today's activity on a fund, with a PDF proof. The
 * portal's own screens are exercised by the partner journey; here the vendor's review and
 * payment screens are what is under test, so the claim only has to be real.
 *
 *   tsx --import <server-only shim> partner-claim.ts <tenant slug> <partner email> <fund id> <title> <claimed>
 *
 * Prints the claim's id on its last line.
 */
import { ownerQuery } from "@/tests/fixtures/db";
import { claim, uploadProof } from "@/tests/fixtures/coop";
import { partnerCtxFor } from "@/tests/fixtures/factories";

async function main(): Promise<string> {
  const [slug, email, fundId, title, claimed] = process.argv.slice(2);
  const [tenant] = await ownerQuery<{ id: string }>(`SELECT id FROM "Tenant" WHERE slug = $1`, [slug]);
  const partner = await partnerCtxFor(tenant!.id, email!);
  const submitted = await claim(partner, fundId!, await uploadProof(partner), claimed!, { title, actualCost: claimed });
  return submitted.id;
}

main().then(
  (id) => {
    console.log(id);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
