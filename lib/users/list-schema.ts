import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";
import { VENDOR_ROLES } from "./schema";

export const MEMBER_STATUSES = ["INVITED", "ACTIVE", "DEACTIVATED"] as const;
export type MemberStatusValue = (typeof MEMBER_STATUSES)[number];
export type VendorRoleValue = (typeof VENDOR_ROLES)[number];

/** The users page's URL state: `?q=&role=&status=&sort=-lastSignIn`. */
export const memberListQuery = defineListQuery({
  sorts: ["name", "email", "role", "status", "lastSignIn", "created"],
  defaultSort: { id: "name", desc: false },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    role: z.enum(VENDOR_ROLES).optional().catch(undefined),
    status: z.enum(MEMBER_STATUSES).optional().catch(undefined),
  },
});
export const MEMBER_LIST_FILTERS = ["q", "role", "status"] as const;
export type MemberListQuery = ReturnType<typeof memberListQuery.parse>;
export type MemberSort = MemberListQuery["sort"]["id"];
