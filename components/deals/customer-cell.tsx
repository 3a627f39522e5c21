import Link from "@/components/ui/link";

/** A deal's first cell in the registrations and opportunities tables: the customer, linking to the deal, over what is sold. */
export function CustomerCell({ href, customerName, detail }: { href: string; customerName: string; detail: string }) {
  return (
    <span className="grid gap-1">
      <Link href={href} className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
        {customerName}
      </Link>
      <span className="text-sm text-slate-600 [overflow-wrap:anywhere]">{detail}</span>
    </span>
  );
}
