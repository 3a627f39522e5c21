import { InvoicingLoading } from "@/components/invoicing/loading-page";

export default function Loading() {
  return <InvoicingLoading cards={2} />;
}
