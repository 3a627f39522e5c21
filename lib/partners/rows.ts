import "server-only";
import type { VendorCtx } from "@/lib/auth/context";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { PartnerProfile } from "./types";

export const PROFILE = {
  id: true,
  name: true,
  type: true,
  status: true,
  tier: true,
  country: true,
  seatLimit: true,
  createdAt: true,
} as const;

/** One partner of this tenant, or 404 (never another tenant's). */
export async function getPartnerRow(tx: Tx, ctx: VendorCtx, partnerId: string): Promise<PartnerProfile> {
  const partner = await tx.partner.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } },
    select: PROFILE,
  });
  if (!partner) throw new AppError("NOT_FOUND");
  return partner;
}
