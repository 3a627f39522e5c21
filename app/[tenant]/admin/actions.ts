"use server";

import { z } from "zod";
import { vendorAction } from "@/lib/auth/wrappers";
import { dismissSetupChecklist } from "@/lib/tenancy/setup";

/** "Hide the checklist" on a new workspace's dashboard. */
export const dismissSetupAction = vendorAction(
  "tenant.manage",
  z.object({}),
  async (ctx) => {
    await dismissSetupChecklist(ctx);
    return null;
  },
  { revalidate: (ctx) => `/${ctx.tenant.slug}/admin` },
);
