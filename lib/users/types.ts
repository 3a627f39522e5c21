import type { MemberStatus, VendorRole } from "@/lib/generated/prisma/enums";

/** What changed when a back-office seat was created, given a role or switched on or off. */
export type MembershipChange = { id: string; userId: string; role: VendorRole; status: MemberStatus };
