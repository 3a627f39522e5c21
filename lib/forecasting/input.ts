import type { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * Parses a service's input with its schema. The actions parse first, so this is the wall
 * for every other caller (jobs, seeds, later the REST API): a bad input is a translated
 * VALIDATION_FAILED with its fields (`months.2.period`), never an unexpected 500.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    (fields[field] ??= []).push(issue.message);
  }
  throw new AppError("VALIDATION_FAILED", { fields });
}
