import { it, expect } from "vitest";
import { NextRequest } from "next/server";
it("route", async () => {
  const { POST } = await import("@/app/api/webhooks/twilio/status/route");
  const res = await POST(new NextRequest("http://localhost:3000/api/webhooks/twilio/status", { method: "POST", body: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } }), { params: Promise.resolve({}) });
  console.log(res.status, await res.text());
});
