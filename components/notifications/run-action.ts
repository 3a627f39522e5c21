import type { ServerAction } from "@/lib/http/action-state";

/**
 * Calls a wrapped server action outside a <form> (from a menu item or a click) and turns
 * its error state into a thrown Error carrying the translated message, as TanStack Query
 * mutations expect.
 */
export async function runAction(action: ServerAction, fields: Record<string, string>): Promise<void> {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  const result = await action(undefined, data);
  if (result.status === "error") throw new Error(result.message ?? result.code ?? "error");
}
