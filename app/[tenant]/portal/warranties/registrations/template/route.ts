import { partnerRoute } from "@/lib/auth/wrappers";
import { csvTemplateResponse, REGISTRATION_IMPORT_TEMPLATE } from "@/lib/warranties/templates";

/** An empty registrations file with the accepted headers and one example row. */
export const GET = partnerRoute("ownWarranties.read", async () => csvTemplateResponse(REGISTRATION_IMPORT_TEMPLATE, "warranty-registrations-template.csv"));
