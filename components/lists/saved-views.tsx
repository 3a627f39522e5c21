"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import Link from "@/components/ui/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Bookmark, BookmarkPlus, X } from "lucide-react";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ServerAction } from "@/lib/http/action-state";
import type { SavedView } from "@/lib/lists/saved-view-schema";

// The naming form (the form kit, react-hook-form) loads when "Save this view" is pointed at,
// focused or pressed, not with the list page (docs/architecture.md, "Client cost", ninth pass).
const loadForm = () => import("./save-view-form");
const SaveViewForm = dynamic(() => loadForm().then((module) => module.SaveViewForm));

/** The list's URL state without paging: what a saved view holds and how views are matched. */
function viewQuery(params: URLSearchParams): string {
  const out = new URLSearchParams(params);
  out.delete("page");
  out.sort();
  return out.toString();
}

/**
 * A person's saved views of a list: each a link to the list in that state (the one showing
 * now is marked), a button to delete it, and "Save this view" naming the list's current
 * filters, sort, page size and columns (the same name again replaces it). The server
 * rewrites the query with the list's own parser, so a view never holds what the list would
 * not read.
 */
export function SavedViews({
  tenant,
  basePath,
  views,
  save,
  remove,
}: {
  tenant: string;
  basePath: string;
  views: SavedView[];
  save: ServerAction;
  remove: ServerAction;
}) {
  const t = useTranslations("savedViews");
  const params = useSearchParams();
  const current = viewQuery(new URLSearchParams(params.toString()));
  const [naming, setNaming] = useState(false);
  return (
    <section aria-labelledby="saved-views-heading" className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="saved-views-heading" className="flex items-center gap-1.5 text-sm font-semibold text-slate-900">
          <Bookmark aria-hidden="true" className="size-4" />
          {t("title")}
        </h2>
        {views.length === 0 && <p className="text-sm text-slate-600">{t("empty")}</p>}
        <ul className="flex flex-wrap gap-2">
          {views.map((view) => {
            const active = viewQuery(new URLSearchParams(view.query)) === current;
            return (
              <li
                key={view.id}
                className={cn(
                  "flex max-w-full items-center rounded-full border text-sm",
                  active ? "border-brand-300 bg-brand-50" : "border-slate-300 bg-white",
                )}
              >
                <Link
                  href={`${basePath}${view.query ? `?${view.query}` : ""}`}
                  aria-current={active ? "page" : undefined}
                  className="min-h-10 truncate rounded-l-full py-2 pr-1 pl-3 font-medium text-brand-800 underline-offset-4 hover:underline"
                >
                  {view.name}
                </Link>
                <ActionButtonForm
                  action={remove}
                  fields={{ tenant, viewId: view.id }}
                  variant="ghost"
                  size="sm"
                  className="min-h-10 rounded-r-full px-2"
                  aria-label={t("delete", { name: view.name })}
                  pendingText={t("deleting")}
                >
                  <X aria-hidden="true" className="size-4" />
                </ActionButtonForm>
              </li>
            );
          })}
        </ul>
        {!naming && (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onPointerEnter={() => void loadForm()}
            onFocus={() => void loadForm()}
            onClick={() => setNaming(true)}
          >
            <BookmarkPlus aria-hidden="true" />
            {t("save")}
          </Button>
        )}
      </div>
      {naming && <SaveViewForm tenant={tenant} query={current} save={save} onDone={() => setNaming(false)} />}
    </section>
  );
}
