import { notFound } from "next/navigation";
import { publicPage } from "@/lib/auth/wrappers";
import { devMailboxEnabled } from "@/lib/env";

/**
 * Development tool: fails on purpose so the generic error page, its reference and the
 * structured error log can be checked (end-to-end tests do). Off in production.
 */
export default publicPage(async () => {
  if (!devMailboxEnabled()) notFound();
  throw new Error("Deliberate failure from /dev/error");
});
