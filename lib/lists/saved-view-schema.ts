import { z } from "zod";

/** A saved view's inputs and shape (lib/lists/saved-views.ts), importable by the browser's form. */

export type SavedView = { id: string; name: string; query: string };

export const saveViewSchema = z.object({
  name: z.string().trim().min(1).max(60),
  /** the list's URL query as the browser has it (`?status=…`); the list's parser rewrites it */
  query: z.string().max(2000).default(""),
});
export type SaveViewInput = z.infer<typeof saveViewSchema>;
export const deleteViewSchema = z.object({ viewId: z.string().regex(/^svw_[a-z0-9]{1,40}$/) });
export type DeleteViewInput = z.infer<typeof deleteViewSchema>;
