"use client";

import { useEffect, useState } from "react";
import { CircleCheck, CircleX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { useWatch } from "react-hook-form";
import { Spinner } from "@/components/ui/spinner";

type Availability = { slug: string; available: boolean; message?: string };

/** The value once it has stopped changing for `delay` ms (fewer checks while typing). */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

async function fetchAvailability(slug: string, signal: AbortSignal): Promise<Availability> {
  const response = await fetch(`/api/signup/slug?slug=${encodeURIComponent(slug)}`, { signal });
  // Rate-limited or failed: say nothing; the address is checked for real on submit.
  if (!response.ok) throw new Error(`availability ${response.status}`);
  return (await response.json()) as Availability;
}

/**
 * "acme-tools is available" / "already taken" under the workspace address as one types
 * (GET /api/signup/slug, rate-limited per IP). Announced politely to screen readers.
 */
export function SlugAvailability({ id }: { id: string }) {
  const t = useTranslations("auth.signup");
  const slug = useWatch({ name: "slug" }) as string | undefined;
  const settled = useSettled((slug ?? "").trim(), 400);
  const query = useQuery({
    queryKey: ["slug-availability", settled],
    queryFn: ({ signal }) => fetchAvailability(settled, signal),
    enabled: settled.length > 0,
    staleTime: 30_000,
    retry: false,
  });
  const waiting = settled !== (slug ?? "").trim() || query.isFetching;

  let content = null;
  if (settled && waiting) {
    content = (
      <span className="inline-flex items-center gap-1.5 text-slate-600">
        <Spinner size="sm" />
        {t("slugChecking")}
      </span>
    );
  } else if (query.data?.available) {
    content = (
      <span className="inline-flex items-center gap-1.5 text-emerald-800">
        <CircleCheck aria-hidden="true" className="size-4" />
        {t("slugAvailable", { slug: query.data.slug })}
      </span>
    );
  } else if (query.data?.message) {
    content = (
      <span className="inline-flex items-center gap-1.5 text-red-700">
        <CircleX aria-hidden="true" className="size-4" />
        {query.data.message}
      </span>
    );
  }

  return (
    <p id={id} aria-live="polite" className="min-h-5 text-sm">
      {content}
    </p>
  );
}
