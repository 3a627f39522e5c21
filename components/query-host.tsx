"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import type { QueryClient } from "@tanstack/react-query";

/** Holds the signed-in shell's one QueryClient once something has created it. */
export type QueryHostHolder = { client: (create: () => QueryClient) => QueryClient };

const QueryHostContext = createContext<QueryHostHolder | null>(null);

/**
 * The signed-in shell's place for TanStack Query, without TanStack Query: nothing on a
 * shell page needs it at load (the bell polls with plain fetch, ./notifications/bell-feed.ts),
 * so its code arrives with the first part that uses it — the bell's menu or the command
 * palette — whose `QueryProvider` (./query-provider.tsx) creates the client here, once, and
 * shares it with the other. A holder per shell (not a module variable), so one person's
 * cache does not outlive their shell when another signs in without a page load.
 */
export function QueryHost({ children }: { children: ReactNode }) {
  const [holder] = useState<QueryHostHolder>(() => {
    let client: QueryClient | null = null;
    return { client: (create) => (client ??= create()) };
  });
  return <QueryHostContext.Provider value={holder}>{children}</QueryHostContext.Provider>;
}

export function useQueryHost(): QueryHostHolder | null {
  return useContext(QueryHostContext);
}
