import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import type { LineInput } from "./schema";

/**
 * The one place form rows become a registration's stored product lines. Today a line is
 * free text and a quantity. When the catalog lands, a row will name a catalog product
 * (`productId`, checked against the tenant's catalog here) and take its description from
 * it; nothing else in the module reads the form's rows.
 */
export function lineRows(
  owner: { tenantId: string; registrationId: string; partnerId: string },
  lines: readonly LineInput[],
): Prisma.DealRegistrationLineCreateManyInput[] {
  return lines.map((line, index) => ({
    id: createId("registrationLine"),
    ...owner,
    position: index + 1,
    description: line.description,
    quantity: line.quantity,
  }));
}
