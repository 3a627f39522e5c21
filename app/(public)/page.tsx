import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ArrowRight, Handshake } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { publicPage } from "@/lib/auth/wrappers";
import { env } from "@/lib/env";
import { ProductPreview } from "./_landing/product-preview";
import { Audiences, Channel, Features } from "./_landing/sections";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: { absolute: `${t("common.appName")} — ${t("landing.metaTitle")}` } };
}

/** The public landing page: what Canal is, for whom, and the way in. */
async function Landing({ signupEnabled }: { signupEnabled: boolean }) {
  const t = await getTranslations("landing");
  const common = await getTranslations("common");
  const signUp = signupEnabled && (
    <Button asChild size="lg">
      <Link href="/signup">
        {common("createWorkspace")}
        <ArrowRight aria-hidden="true" />
      </Link>
    </Button>
  );
  const signIn = (variant: "primary" | "secondary") => (
    <Button asChild size="lg" variant={variant}>
      <Link href="/login">{common("signIn")}</Link>
    </Button>
  );

  // Rendered inside app/(public)/layout.tsx (PublicFrame), which provides the skip link,
  // header with language switch, the <main> landmark and the footer.
  return (
    <div className="bg-white">
      <section className="relative isolate overflow-hidden">
        <div
          aria-hidden="true"
          className="absolute inset-x-0 top-0 -z-10 h-[36rem] bg-linear-to-b from-brand-50 to-white"
        />
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 pt-14 pb-20 sm:px-6 lg:grid-cols-2 lg:pt-24 lg:pb-28">
          <div>
            <p className="inline-flex items-center gap-2 rounded-full bg-white px-3 py-1 text-sm font-medium text-brand-800 ring-1 ring-brand-200">
              <Handshake aria-hidden="true" className="size-4" />
              {t("hero.eyebrow")}
            </p>
            <h1 className="mt-6 text-4xl font-semibold tracking-tight text-balance text-slate-950 sm:text-5xl lg:text-6xl">
              {t("hero.title")}
            </h1>
            <p className="mt-6 max-w-xl text-lg text-pretty text-slate-600">{t("hero.subtitle")}</p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row">
              {signUp}
              {signIn("secondary")}
            </div>
            <p className="mt-5 text-sm text-slate-600">{t("hero.note")}</p>
          </div>
          <ProductPreview />
        </div>
      </section>

      <Audiences />
      <Features />
      <Channel />

      <section aria-labelledby="cta-title" className="py-20">
        <div className="mx-auto max-w-3xl px-4 text-center sm:px-6">
          <h2 id="cta-title" className="text-3xl font-semibold tracking-tight text-balance text-slate-950 sm:text-4xl">
            {t("cta.title")}
          </h2>
          <p className="mt-4 text-lg text-pretty text-slate-600">{t("cta.subtitle")}</p>
          <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
            {signupEnabled ? signUp : signIn("primary")}
          </div>
          {signupEnabled && (
            <p className="mt-4 text-sm text-slate-600">
              {t("cta.signedUpAlready")}{" "}
              <Link href="/login" className="font-medium text-brand-700 underline-offset-4 hover:underline">
                {common("signIn")}
              </Link>
            </p>
          )}
        </div>
      </section>
    </div>
  );
}

export default publicPage(async () => <Landing signupEnabled={env().PUBLIC_SIGNUP_ENABLED} />);
