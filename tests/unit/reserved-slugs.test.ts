/**
 * Every top-level route of the app is a reserved workspace address: a tenant whose slug
 * equals a route's first segment could never be reached (the static route wins over
 * /[tenant]), and a new route would silently take over an existing tenant's URLs.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS, signUpSchema } from "@/lib/tenancy/schema";

const APP = path.join(import.meta.dirname, "..", "..", "app");

/** First URL segments served by app/: folders at the top, looking through (route groups). */
function topLevelSegments(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const name = entry.name;
    if (name.startsWith("(") && name.endsWith(")")) out.push(...topLevelSegments(path.join(dir, name)));
    else if (name.startsWith("[") || name.startsWith("_") || name.startsWith("@")) continue;
    else out.push(name);
  }
  return out;
}

describe("reserved workspace addresses", () => {
  const segments = topLevelSegments(APP);

  it("finds the app's top-level routes (the walk itself works)", () => {
    expect(segments).toEqual(expect.arrayContaining(["api", "login", "signup", "unsubscribe", "verify-email", "workspaces"]));
  });

  it("reserves every top-level route of the app", () => {
    const missing = segments.filter((segment) => !RESERVED_SLUGS.includes(segment));
    expect(missing, "add these to APP_ROUTE_SLUGS in lib/tenancy/schema.ts").toEqual([]);
  });

  it.each(segments)("sign-up refuses the route %s as a workspace address", (slug) => {
    const result = signUpSchema.shape.slug.safeParse(slug);
    expect(result.success).toBe(false);
  });

  it("refuses unsubscribe in any case", () => {
    expect(signUpSchema.shape.slug.safeParse("Unsubscribe").success).toBe(false);
  });
});
