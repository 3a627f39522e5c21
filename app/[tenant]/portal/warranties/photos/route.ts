import { NextResponse } from "next/server";
import { partnerRoute } from "@/lib/auth/wrappers";
import { uploadInputOf } from "@/lib/files/http";
import { uploadClaimPhoto } from "@/lib/files/service";

/**
 * A photo for a warranty claim: every holder of `ownWarranties.manage` (both partner roles)
 * may attach one, not only the partner admins who may upload other files. The purpose is
 * fixed here whatever the query says.
 */
export const POST = partnerRoute("ownWarranties.manage", async (req, { ctx }) => {
  const { purpose: _ignored, ...input } = uploadInputOf(req);
  const file = await uploadClaimPhoto(ctx, input);
  return NextResponse.json({ file }, { status: 201 });
});
