"use client";

import { useEffect, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { SEARCH_MIN_LENGTH, normalizeSearchText, type SearchResult } from "@/lib/search/types";

/** Time after the last keystroke before asking the server. */
const DEBOUNCE_MS = 200;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

async function fetchSearch(endpoint: string, text: string, signal: AbortSignal): Promise<SearchResult> {
  const response = await fetch(`${endpoint}?${new URLSearchParams({ q: text })}`, {
    headers: { accept: "application/json" },
    cache: "no-store",
    signal,
  });
  // A lapsed session is redirected to the login page (HTML): a failure like any other.
  if (!response.ok || !response.headers.get("content-type")?.includes("application/json")) {
    throw new Error(`search ${response.status}`);
  }
  return (await response.json()) as SearchResult;
}

/**
 * The server's results for what is typed, asked DEBOUNCE_MS after the last keystroke;
 * a newer question aborts the older request. While a new answer is on its way the
 * previous one stays on screen (`waiting` says so), so the list does not flicker.
 */
export function useSearch(endpoint: string, query: string) {
  const text = normalizeSearchText(query);
  const debounced = useDebounced(text, DEBOUNCE_MS);
  const long = text.length >= SEARCH_MIN_LENGTH;
  const active = long && debounced.length >= SEARCH_MIN_LENGTH;
  const result = useQuery({
    queryKey: ["search", endpoint, debounced],
    queryFn: ({ signal }) => fetchSearch(endpoint, debounced, signal),
    enabled: active,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: 0,
  });
  return {
    data: active ? result.data : undefined,
    waiting: long && (text !== debounced || result.isFetching),
    failed: active && result.isError && !result.isFetching,
    retry: () => void result.refetch(),
  };
}
