import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mergeMessages, pickMessages } from "@/lib/i18n/pick";
import { analyzeClientMessages } from "@/scripts/i18n/client-messages";

/**
 * The browser gets only the message namespaces its client components read
 * (components/i18n/client-messages.tsx). These tests keep every route honest: what a client
 * component reads is sent by a `ClientMessages` above it, and nothing is sent for nobody.
 */
describe("client messages of every route", () => {
  const analysis = analyzeClientMessages();

  it("finds the routes and their client components", () => {
    const files = analysis.routes.map((route) => route.file);
    expect(files).toContain("app/[tenant]/admin/page.tsx");
    expect(files).toContain("app/[tenant]/portal/page.tsx");
    const users = analysis.routes.find((route) => route.file === "app/[tenant]/admin/users/page.tsx")!;
    expect(users.clientModules).toContain("components/backoffice/invite-dialog.tsx");
    expect(users.needs.map((need) => need.namespace)).toContain("users.invite");
  });

  it("sends every namespace a client component reads", () => {
    const missing = analysis.routes.flatMap((route) =>
      route.missing.map((m) => `${route.file}: ${m.namespace} (read by ${m.by.join(", ")})`),
    );
    expect(missing).toEqual([]);
  });

  it("sends no namespace that no client component below reads", () => {
    expect(analysis.unused).toEqual([]);
  });

  it("has client code read namespaces by literal name only", () => {
    expect(analysis.problems).toEqual([]);
  });
});

describe("the analysis itself", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "canal-client-messages-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };

  it("reports a namespace nobody sends, one sent for nobody, and a non-literal namespace", () => {
    write(
      "components/hello.tsx",
      `"use client";\nimport { useTranslations } from "next-intl";\nexport function Hello() { const t = useTranslations("hello.card"); return t("hi"); }\n`,
    );
    write(
      "components/dynamic.tsx",
      `"use client";\nimport { useTranslations } from "next-intl";\nexport function Dyn({ ns }: { ns: string }) { const t = useTranslations(ns); return t("x"); }\n`,
    );
    write(
      "app/one/page.tsx",
      `import { Hello } from "../../components/hello";\nexport default function Page() { return <Hello />; }\n`,
    );
    write(
      "app/two/page.tsx",
      `import { Hello } from "../../components/hello";\nimport { Dyn } from "../../components/dynamic";\nimport { ClientMessages } from "../../components/cm";\n` +
        `export default function Page() { return <ClientMessages namespaces={["hello", "unusedHere"]}><Hello /><Dyn ns="a" /></ClientMessages>; }\n`,
    );
    write(
      "components/cm.tsx",
      `export function ClientMessages(props: { namespaces: string[]; children: unknown }) { return props.children; }\n`,
    );

    const result = analyzeClientMessages(root);
    const one = result.routes.find((route) => route.file.endsWith("app/one/page.tsx"))!;
    const two = result.routes.find((route) => route.file.endsWith("app/two/page.tsx"))!;
    expect(one.missing.map((m) => m.namespace)).toEqual(["hello.card"]);
    expect(two.missing).toEqual([]); // "hello" covers "hello.card"
    expect(result.unused.some((line) => line.endsWith(": unusedHere"))).toBe(true);
    expect(result.unused.some((line) => line.endsWith(": hello"))).toBe(false);
    expect(result.problems.some((line) => line.includes("dynamic.tsx") && line.includes("literal namespace"))).toBe(
      true,
    );
  });
});

describe("a layout's ClientMessages", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "canal-client-messages-layout-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };

  it("reaches the pages below only when it wraps {children}", () => {
    write(
      "components/cm.tsx",
      `export function ClientMessages(props: { namespaces: string[]; children: unknown }) { return props.children; }\n`,
    );
    write(
      "components/form.tsx",
      `"use client";\nimport { useTranslations } from "next-intl";\nexport function Form() { const t = useTranslations("errors"); return t("x"); }\n`,
    );
    write(
      "components/shell.tsx",
      `import { ClientMessages } from "./cm";\nexport function Shell({ children }: { children: unknown }) { return <ClientMessages namespaces={["errors"]}><main>{children}</main></ClientMessages>; }\n`,
    );
    write(
      "app/banner/layout.tsx",
      `import { ClientMessages } from "../../components/cm";\nimport { Form } from "../../components/form";\n` +
        `export default function Layout({ children }: { children: unknown }) { return <div><ClientMessages namespaces={["errors"]}><Form /></ClientMessages>{children}</div>; }\n`,
    );
    write(
      "app/banner/page.tsx",
      `import { Form } from "../../components/form";\nexport default function Page() { return <Form />; }\n`,
    );
    write(
      "app/shell/layout.tsx",
      `import { Shell } from "../../components/shell";\nexport default function Layout({ children }: { children: unknown }) { return <Shell>{children}</Shell>; }\n`,
    );
    write(
      "app/shell/page.tsx",
      `import { Form } from "../../components/form";\nexport default function Page() { return <Form />; }\n`,
    );

    const result = analyzeClientMessages(root);
    const route = (file: string) => result.routes.find((r) => r.file.endsWith(file))!;
    expect(route("app/banner/layout.tsx").missing).toEqual([]);
    expect(route("app/banner/page.tsx").missing.map((m) => m.namespace)).toEqual(["errors"]);
    expect(route("app/shell/page.tsx").missing).toEqual([]);
  });
});

describe("pickMessages / mergeMessages", () => {
  const catalog = { a: { b: { c: "C", d: "D" }, e: "E" }, f: { g: "G" } };

  it("keeps only the named namespaces, nested as in the catalog", () => {
    expect(pickMessages(catalog, ["a.b", "f"])).toEqual({ a: { b: { c: "C", d: "D" } }, f: { g: "G" } });
    expect(pickMessages(catalog, ["missing.namespace"])).toEqual({});
  });

  it("lays inner messages over outer ones without touching either", () => {
    const outer = { a: { e: "E" } };
    const inner = { a: { b: { c: "C" } } };
    expect(mergeMessages(outer, inner)).toEqual({ a: { e: "E", b: { c: "C" } } });
    expect(outer).toEqual({ a: { e: "E" } });
  });

  it("takes a precompiled message (an array, as a production build has them) as one message", () => {
    // next.config.mjs precompiles the catalogs: "Hi {name}" becomes ["Hi ", ["name"]].
    const compiled = { a: { hi: ["Hi ", ["name"]], b: { c: "C" } } } as unknown as Parameters<typeof pickMessages>[0];
    expect(pickMessages(compiled, ["a.hi"])).toEqual({ a: { hi: ["Hi ", ["name"]] } });
    // Never read into a message as if it were a namespace.
    expect(pickMessages(compiled, ["a.hi.0"])).toEqual({});
    const both = mergeMessages(compiled, { a: { hi: ["Hello ", ["name"]] } } as unknown as typeof compiled);
    expect(both).toEqual({ a: { hi: ["Hello ", ["name"]], b: { c: "C" } } });
  });
});
