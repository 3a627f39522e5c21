"use client";

import { useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useQueryHost } from "./query-host";

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
      mutations: { retry: 0 },
    },
  });
}

/**
 * TanStack Query for the parts of the app that run client-side queries: the bell's menu
 * and the command palette (both loaded on first use in the signed-in shell, where they
 * share the shell's client through `QueryHost`), the sign-up form's address check (its
 * own client). Only those load it: it is in neither the root layout nor the shell.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const host = useQueryHost();
  const [client] = useState(() => (host ? host.client(createQueryClient) : createQueryClient()));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
