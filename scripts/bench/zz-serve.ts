import fs from "node:fs";
import { runMain } from "../db/lifecycle";
import { startAppServer } from "../bench/app-server";
runMain(async () => {
  const server = await startAppServer({ port: 3080 });
  const vendor = await server.signIn("admin@acme.test");
  const partner = await server.signIn("admin@northwind.test");
  fs.writeFileSync("/tmp/perf/cookies.json", JSON.stringify({ origin: server.origin, vendor, partner }));
  console.log("ready", server.origin);
  await new Promise(() => {});
  return 0;
});
