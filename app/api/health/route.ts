import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/auth/wrappers";
import { databaseIsReachable } from "@/lib/ops/health";

/** Liveness + database reachability for load balancers and the test harness. */
export const GET = publicRoute(async () => {
  const database = await databaseIsReachable();
  return NextResponse.json({ status: database ? "ok" : "degraded", database }, { status: database ? 200 : 503 });
});
