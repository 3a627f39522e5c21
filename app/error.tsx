"use client";

import { PageState } from "@/components/shell/page-state";

/** 500 for any segment: a generic translated message plus the reference to quote to support. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageState kind="error" error={error} retry={retry} />;
}
