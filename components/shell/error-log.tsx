"use client";

import { useEffect } from "react";

/** Logs an error boundary's error to the browser console (the server logged its own copy). */
export function ErrorLog({ error }: { error: unknown }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return null;
}
