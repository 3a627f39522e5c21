import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/contract";
import { pruneUnclaimedFiles } from "./prune";

/** Uploads no form ever saved (claimed) are deleted after a day. */
export const pruneUnclaimedFilesJob = defineJob({
  name: "files.pruneUnclaimed",
  payload: z.object({}),
  schedule: { cron: "23 * * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  timeoutSeconds: 600,
  handler: async (_payload, run) => ({ deleted: await pruneUnclaimedFiles(run.now) }),
});
