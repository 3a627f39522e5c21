import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** One link: components/ui/link.tsx prefetches on intent, not every link in view. */
const NEXT_LINK = { name: "next/link", message: "Import Link from @/components/ui/link (it prefetches on intent)." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Blocks below that set this rule for app/ and components/ repeat NEXT_LINK: a later block replaces it.
    files: ["**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [NEXT_LINK] }],
    },
  },
  {
    // Data access stays in lib/: pages and components call services, never Prisma.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NEXT_LINK],
          patterns: [
            { group: ["@prisma/*", "@/lib/generated/*", "@/lib/db/*"], message: "Call a service in lib/<module> instead." },
          ],
        },
      ],
    },
  },
  {
    // Components never import server actions: the page (or layout) imports them from its
    // route's actions.ts and passes them as props (docs/architecture.md, "Actions in components").
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NEXT_LINK],
          patterns: [
            { group: ["@prisma/*", "@/lib/generated/*", "@/lib/db/*"], message: "Call a service in lib/<module> instead." },
            { group: ["@/app/*", "@/app/**"], message: "Take the server action as a prop from the page or layout." },
          ],
        },
      ],
    },
  },
]);
