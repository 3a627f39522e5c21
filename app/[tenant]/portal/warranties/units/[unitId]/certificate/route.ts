import { partnerRoute } from "@/lib/auth/wrappers";
import { ownCertificatePdf } from "@/lib/warranties/certificate";
import { certificateResponse } from "@/lib/warranties/templates";

/** The certificate of one of the partner's own registered units; another partner's unit is a 404. */
export const GET = partnerRoute("ownWarranties.read", async (_req, { ctx, params }) => certificateResponse(await ownCertificatePdf(ctx, params.unitId ?? "")));
