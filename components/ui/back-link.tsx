import Link from "@/components/ui/link";
import { ArrowLeft } from "lucide-react";
import type { ReactNode } from "react";

/** The "← back to the list" link above a page's title (PageHeader's eyebrow). */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="inline-flex items-center gap-1 rounded font-medium text-brand-700 hover:underline">
      <ArrowLeft aria-hidden="true" className="size-4" />
      {children}
    </Link>
  );
}
