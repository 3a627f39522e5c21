import { publicRoute } from "@/lib/auth/wrappers";
import { handleTwilioStatusRequest } from "@/lib/notify/twilio-status";

/**
 * Twilio's SMS status callbacks. No session: authenticity is Twilio's request signature,
 * checked in the service (forged or missing → 403 BAD_SIGNATURE). proxy.ts exempts
 * /api/webhooks/ from the same-origin check, since Twilio is a foreign origin.
 */
export const POST = publicRoute(async (req) => {
  await handleTwilioStatusRequest(req);
  // Twilio needs only a 2xx; an empty body avoids its "invalid content type" warnings.
  return new Response(null, { status: 200 });
});
