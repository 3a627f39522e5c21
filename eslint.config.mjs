import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** One link: components/ui/link.tsx prefetches on intent, not every link in view. */
const NEXT_LINK = { name: "next/link", message: "Import Link from @/components/ui/link (it prefetches on intent)." };
const NO_PRISMA = { group: ["@prisma/*", "@/lib/generated/*", "@/lib/db/*"], message: "Call a service in lib/<module> instead." };

/** The rule's entry for a block: next/link refused everywhere, plus the block's patterns (a later block replaces the rule whole). */
const restrictedImports = (...patterns) => ["error", { paths: [NEXT_LINK], patterns }];

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
    files: ["**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": restrictedImports(),
    },
  },
  {
    // Data access stays in lib/: pages and components call services, never Prisma.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrictedImports(NO_PRISMA),
    },
  },
  {
    // Components never import server actions: the page (or layout) imports them from its
    // route's actions.ts and passes them as props (docs/architecture.md, "Actions in components").
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": restrictedImports(NO_PRISMA, {
        group: ["@/app/*", "@/app/**"],
        message: "Take the server action as a prop from the page or layout.",
      }),
    },
  },
]);
