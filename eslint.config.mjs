import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
    // Data access stays in lib/: pages and components call services, never Prisma.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
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
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "@/lib/generated/*", "@/lib/db/*"], message: "Call a service in lib/<module> instead." },
            { group: ["@/app/*", "@/app/**"], message: "Take the server action as a prop from the page or layout." },
          ],
        },
      ],
    },
  },
]);
