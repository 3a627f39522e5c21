import { NextResponse } from "next/server";
import { partnerRoute } from "@/lib/auth/wrappers";
import { uploadInputOf } from "@/lib/files/http";
import { uploadCoopDocument } from "@/lib/files/service";

/**
 * Co-branded material (`?purpose=coop.material`) or proof of performance
 * (`?purpose=coop.proof`): every holder of `ownCoop.manage` may attach one, not only the
 * partner admins who may upload other files; any other purpose is refused.
 */
export const POST = partnerRoute("ownCoop.manage", async (req, { ctx }) => {
  const file = await uploadCoopDocument(ctx, uploadInputOf(req));
  return NextResponse.json({ file }, { status: 201 });
});
