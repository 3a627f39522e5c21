/**
 * Fresh workspaces for the form journeys (forms.spec.ts), made through the real service a
 * verified sign-up ends in (`createTenantWithAdmin`, via tests/fixtures/factories.ts): each
 * journey gets a workspace no other test sees, without driving /signup and its e-mail
 * first (signup.spec.ts and signup-form.spec.ts drive those).
 *
 *   tsx --import <server-only shim> workspaces.ts <password> <label>...
 *
 * Prints `{ "<label>": { "slug": …, "email": … } }` on its last line.
 */
import { createTestTenant, uniqueEmail, uniqueSlug } from "@/tests/fixtures/factories";

async function main(): Promise<Record<string, { slug: string; email: string }>> {
  const [password, ...labels] = process.argv.slice(2);
  if (!password || labels.length === 0) throw new Error("usage: workspaces.ts <password> <label>...");
  const made = await Promise.all(
    labels.map(async (label) => {
      const slug = uniqueSlug(label);
      const email = uniqueEmail(label);
      await createTestTenant({ tenantName: `Forms ${slug}`, slug, adminName: "Fran Forms", email, password });
      return [label, { slug, email }] as const;
    }),
  );
  return Object.fromEntries(made);
}

main().then(
  (workspaces) => {
    console.log(JSON.stringify(workspaces));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
