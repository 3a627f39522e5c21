"use client";

import { useEffect } from "react";
import Link from "next/link";
import { RotateCcw, TriangleExclamationPoint } from "lucide-react";
import { Button } from "@/components/ui/button";

export type RouteErrorProps = {
  error: unknown;
  retry: () => void;
  title: string;
  description: string;
  /** Label before the digest, e.g. "Reference". */
  referenceLabel: string;
  retryLabel: string;
  homeHref: string;
  homeLabel: string;
};

/** The server-side error id Next attaches to errors forwarded from server components. */
function digestOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

/**
 * An error inside the back office or portal: the shell stays usable, the page explains
 * what happened and gives the reference support needs to find the server log.
 */
export function RouteError({
  error,
  retry,
  title,
  description,
  referenceLabel,
  retryLabel,
  homeHref,
  homeLabel,
}: RouteErrorProps) {
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <section aria-labelledby="route-error-title" className="mx-auto max-w-xl py-12 text-center sm:py-20">
      <div
        aria-hidden="true"
        className="mx-auto mb-6 flex size-14 items-center justify-center rounded-2xl bg-red-50 text-red-700 ring-1 ring-red-100"
      >
        <TriangleExclamationPoint className="size-7" />
      </div>
      <h1 id="route-error-title" className="text-2xl font-semibold tracking-tight text-slate-900">
        {title}
      </h1>
      <p className="mt-3 text-pretty text-slate-600">{description}</p>
      {digest && (
        <p className="mt-4 text-sm text-slate-600">
          {referenceLabel}{" "}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800 select-all">{digest}</code>
        </p>
      )}
      <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        <Button onClick={() => retry()}>
          <RotateCcw aria-hidden="true" />
          {retryLabel}
        </Button>
        <Button asChild variant="secondary">
          <Link href={homeHref}>{homeLabel}</Link>
        </Button>
      </div>
    </section>
  );
}
